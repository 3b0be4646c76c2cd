package dev.relata.sample.blog;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.InverseForeignKey;
import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "items"} of {@link Item}, for custom queries:
 * {@code ItemDao.findAll(ItemTable.ITEM_TABLE.ORDER_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ItemTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "items"}.
   */
  public static final ItemTable ITEM_TABLE = new ItemTable();

  /**
   * How rows of this table map to {@link Item} and back; {@link ItemDao} and the associations use it.
   */
  public static final EntityMetadata<Item, Long> ENTITY = EntityMetadata.<Item, Long>builder(Item.class, ITEM_TABLE)
      .id(ITEM_TABLE.ID, Item::id)
      .columns(List.of(ITEM_TABLE.ID, ITEM_TABLE.SKU, ITEM_TABLE.QUANTITY, ITEM_TABLE.ORDER_ID))
      .components(List.of("id", "sku", "quantity", "orderId"))
      .reader(row -> new Item(row.get(ITEM_TABLE.ID), row.get(ITEM_TABLE.SKU),
          row.get(ITEM_TABLE.QUANTITY), row.get(ITEM_TABLE.ORDER_ID)))
      .writer(item -> new Object[] {item.id(), item.sku(), item.quantity(), item.orderId()})
      .build();

  /**
   * Column {@code "id"}: {@link Item#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "sku"}: {@link Item#sku()}.
   */
  public final TableField<Record, String> SKU = createField(DSL.name("sku"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "quantity"}: {@link Item#quantity()}.
   */
  public final TableField<Record, Integer> QUANTITY = createField(DSL.name("quantity"),
      SQLDataType.INTEGER.nullable(false), this);

  /**
   * Column {@code "order_id"}: {@link Item#orderId()}.
   */
  public final TableField<Record, Long> ORDER_ID = createField(DSL.name("order_id"),
      SQLDataType.BIGINT.nullable(false), this);

  private ItemTable() {
    super(DSL.name("items"));
  }

  private ItemTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "items"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public ItemTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, ITEM_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ItemTable as(String alias) {
    return new ItemTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ItemTable as(Name alias) {
    return new ItemTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ItemTable as(Table<?> alias) {
    return new ItemTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Order} of each row ({@code @BelongsTo}), as a path: {@code ITEM_TABLE.order().CUSTOMER}
   * in a query on {@code ITEM_TABLE} joins {@code "orders"} implicitly.
   */
  public OrderTable order() {
    return new OrderTable(this, ForeignKeys.ORDER_ID, null);
  }

  /**
   * {@code "items_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "items_order_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.ORDER_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(ITEM_TABLE, "items_pkey", ITEM_TABLE.ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "items"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "items_order_id_fkey"}: {@code "order_id"} references {@code "orders"} ({@link Order}).
     */
    public static final ForeignKey<Record, Record> ORDER_ID = TableKeys.foreignKey(
        ITEM_TABLE,
        "items_order_id_fkey",
        ITEM_TABLE.ORDER_ID,
        OrderTable.ORDER_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
