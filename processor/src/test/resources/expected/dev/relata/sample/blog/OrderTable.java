package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "orders"} of {@link Order}, for custom queries:
 * {@code OrderDao.findAll(OrderTable.ORDER_TABLE.PLACED_AT.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class OrderTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "orders"}.
   */
  public static final OrderTable ORDER_TABLE = new OrderTable();

  /**
   * How rows of this table map to {@link Order} and back; {@link OrderDao} and the associations use it.
   */
  public static final EntityMetadata<Order, Long> ENTITY = new EntityMetadata<>(
      Order.class,
      ORDER_TABLE,
      ORDER_TABLE.ID,
      Order::id,
      List.of(ORDER_TABLE.ID, ORDER_TABLE.CUSTOMER, ORDER_TABLE.PLACED_AT),
      row -> new Order(row.get(ORDER_TABLE.ID), row.get(ORDER_TABLE.CUSTOMER),
          row.get(ORDER_TABLE.PLACED_AT)),
      order -> new Object[] {order.id(), order.customer(), order.placedAt()});

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
}
