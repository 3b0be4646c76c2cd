package dev.relata.sample.blog;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.time.OffsetDateTime;
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
 * The table {@code "orders"} of {@link Order}, for custom queries:
 * {@code OrderDao.findAll(OrderTable.ORDER_TABLE.PLACED_AT.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class OrderTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "orders"}.
   */
  public static final OrderTable ORDER_TABLE = new OrderTable();

  /**
   * How rows of this table map to {@link Order} and back; {@link OrderDao} and the associations use it.
   */
  public static final EntityMetadata<Order, Long> ENTITY = EntityMetadata.<Order, Long>builder(Order.class, ORDER_TABLE)
      .id(ORDER_TABLE.ID, Order::id)
      .columns(List.of(ORDER_TABLE.ID, ORDER_TABLE.CUSTOMER, ORDER_TABLE.PLACED_AT))
      .components(List.of("id", "customer", "placedAt"))
      .reader(row -> new Order(row.get(ORDER_TABLE.ID), row.get(ORDER_TABLE.CUSTOMER),
          row.get(ORDER_TABLE.PLACED_AT)))
      .writer(order -> new Object[] {order.id(), order.customer(), order.placedAt()})
      .build();

  /**
   * Column {@code "id"}: {@link Order#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "customer"}: {@link Order#customer()}.
   */
  public final TableField<Record, String> CUSTOMER = createField(DSL.name("customer"),
      SQLDataType.VARCHAR, this);

  /**
   * Column {@code "placed_at"}: {@link Order#placedAt()}.
   */
  public final TableField<Record, OffsetDateTime> PLACED_AT = createField(DSL.name("placed_at"),
      SQLDataType.OFFSETDATETIME, this);

  private OrderTable() {
    super(DSL.name("orders"));
  }

  private OrderTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "orders"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public OrderTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, ORDER_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public OrderTable as(String alias) {
    return new OrderTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public OrderTable as(Name alias) {
    return new OrderTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public OrderTable as(Table<?> alias) {
    return new OrderTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Item} rows of each row ({@code @HasMany}), as a path:
   * {@code from(ORDER_TABLE.items())} in a subquery of a query on {@code ORDER_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(ORDER_TABLE.items().SKU).from(ORDER_TABLE.items()))}.
   */
  public ItemTable items() {
    return new ItemTable(this, null, ItemTable.ForeignKeys.ORDER_ID.getInverseKey());
  }

  /**
   * {@code "orders_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(ORDER_TABLE, "orders_pkey",
        ORDER_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
