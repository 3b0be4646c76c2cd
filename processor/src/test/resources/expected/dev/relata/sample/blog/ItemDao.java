package dev.relata.sample.blog;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Item} rows in table {@code "items"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ItemDao extends EntityDao<Item, Long> {
  private static final BelongsToAssociation<Item, Long, Order, Long> ORDER = new BelongsToAssociation<>(
      ItemTable.ENTITY,
      OrderTable.ENTITY,
      ItemTable.ITEM_TABLE.ORDER_ID,
      Item::orderId,
      AssociationNames.toOne("item", "items", "order"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public ItemDao(DSLContext dsl) {
    super(dsl, ItemTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public ItemDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, ItemTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "items" set "sku" = ?, "quantity" = ?, "order_id" = ?
   *   where "items"."id" = ?
   *   returning "items"."id", "items"."sku", "items"."quantity", "items"."order_id";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Item> update(Item row) {
    return super.update(row);
  }

  /**
   * Returns the order that {@code item}.orderId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "orders"."id", "orders"."customer", "orders"."placed_at"
   *   from "orders"
   *   where "orders"."id" = ?;
   * }</pre>
   */
  public Optional<Order> getOrder(Item item) {
    return ORDER.get(reads(), item);
  }

  /**
   * Returns the order of each of {@code items} in one statement, keyed in input order;
   * those whose orderId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "orders"."id", "orders"."customer", "orders"."placed_at"
   *   from "orders"
   *   where "orders"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Item, Order> getOrder(Collection<Item> items) {
    return ORDER.getAll(reads(), items);
  }

  /**
   * Points {@code item} at {@code order} and returns it as stored. {@code null} is refused
   * before any statement runs: {@code "order_id"} is NOT NULL, so there is no unlinking.
   *
   * <p>SQL:
   * <pre>{@code
   * update "items" set "order_id" = ?
   *   where "items"."id" = ?
   *   returning "items"."id", "items"."sku", "items"."quantity", "items"."order_id";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code item} is not in the table
   * @throws IllegalArgumentException if {@code order} is {@code null}: {@code "order_id"} is NOT NULL
   */
  public Item setOrder(Item item, Order order) {
    return ORDER.set(dsl(), item, order);
  }

  /**
   * Inserts {@code order}, points {@code item} at it and returns {@code item} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "orders" ("customer", "placed_at")
   *   values (?, cast(? as timestamp with time zone))
   *   returning "orders"."id", "orders"."customer", "orders"."placed_at";
   * update "items" set "order_id" = ?
   *   where "items"."id" = ?
   *   returning "items"."id", "items"."sku", "items"."quantity", "items"."order_id";
   * }</pre>
   */
  public Item createOrder(Item item, Order order) {
    return ORDER.create(dsl(), item, order);
  }
}
