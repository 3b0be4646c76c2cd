package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "items"} of {@link Item}, for custom queries:
 * {@code ItemDao.findAll(ItemTable.ITEM_TABLE.ORDER_ID.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ItemTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "items"}.
   */
  public static final ItemTable ITEM_TABLE = new ItemTable();

  /**
   * How rows of this table map to {@link Item} and back; {@link ItemDao} and the associations use it.
   */
  public static final EntityMetadata<Item, Long> ENTITY = new EntityMetadata<>(
      Item.class,
      ITEM_TABLE,
      ITEM_TABLE.ID,
      Item::id,
      List.of(ITEM_TABLE.ID, ITEM_TABLE.SKU, ITEM_TABLE.QUANTITY, ITEM_TABLE.ORDER_ID),
      row -> new Item(row.get(ITEM_TABLE.ID), row.get(ITEM_TABLE.SKU), row.get(ITEM_TABLE.QUANTITY),
          row.get(ITEM_TABLE.ORDER_ID)),
      item -> new Object[] {item.id(), item.sku(), item.quantity(), item.orderId()});

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
}
