package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.HasManyAssociation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Order} rows in table {@code "orders"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class OrderDao extends EntityDao<Order, Long> {
  private static final HasManyAssociation<Order, Long, Item, Long> ITEMS = new HasManyAssociation<>(
      OrderTable.ENTITY,
      ItemTable.ENTITY,
      ItemTable.ITEM_TABLE.ORDER_ID,
      new AssociationNames("order", "orders", "item", "items"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public OrderDao(DSLContext dsl) {
    super(dsl, OrderTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public OrderDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, OrderTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "orders" set "customer" = ?, "placed_at" = cast(? as timestamp with time zone)
   *   where "orders"."id" = ?
   *   returning "orders"."id", "orders"."customer", "orders"."placed_at";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Order> update(Order row) {
    return super.update(row);
  }

  /**
   * Returns the items of {@code order}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where "items"."order_id" = ?
   *   order by "items"."id";
   * }</pre>
   */
  public List<Item> getItems(Order order) {
    return ITEMS.get(reads(), order);
  }

  /**
   * Returns the items of each of {@code orders} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its items ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where "items"."order_id" = any (?::int8[])
   *   order by "items"."id";
   * }</pre>
   */
  public Map<Order, List<Item>> getItems(Collection<Order> orders) {
    return ITEMS.getAll(reads(), orders);
  }

  /**
   * Returns the items of {@code order} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where ("items"."order_id" = ? and <condition>)
   *   order by <order>, "items"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Item> getItems(Order order, Find find) {
    return ITEMS.get(reads(), order, find);
  }

  /**
   * Returns the items of each of {@code orders} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its items ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the items of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where ("items"."order_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "items"."id";
   * select "found"."id", "found"."sku", "found"."quantity", "found"."order_id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *       from "items"
   *       where ("items"."order_id" = "parent"."id" and <condition>)
   *       order by <order>, "items"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Order, List<Item>> getItems(Collection<Order> orders, Find find) {
    return ITEMS.getAll(reads(), orders, find);
  }

  /**
   * Returns the number of items of {@code order}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "items"
   *   where "items"."order_id" = ?;
   * }</pre>
   */
  public long countItems(Order order) {
    return ITEMS.count(reads(), order);
  }

  /**
   * Returns the number of items of {@code order} that match {@code condition}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "items"
   *   where ("items"."order_id" = ? and <condition>);
   * }</pre>
   */
  public long countItems(Order order, Condition condition) {
    return ITEMS.count(reads(), order, condition);
  }

  /**
   * Returns the number of items of each of {@code orders}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "items"."order_id", count(*)
   *   from "items"
   *   where "items"."order_id" = any (?::int8[])
   *   group by "items"."order_id";
   * }</pre>
   */
  public Map<Order, Long> countItems(Collection<Order> orders) {
    return ITEMS.countAll(reads(), orders);
  }

  /**
   * Returns the number of items of each of {@code orders} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "items"."order_id", count(*)
   *   from "items"
   *   where ("items"."order_id" = any (?::int8[]) and <condition>)
   *   group by "items"."order_id";
   * }</pre>
   */
  public Map<Order, Long> countItems(Collection<Order> orders, Condition condition) {
    return ITEMS.countAll(reads(), orders, condition);
  }

  /**
   * Inserts {@code item} as one of the items of {@code order} (its foreign key set to
   * order's id, whatever it held) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "items" ("sku", "quantity", "order_id")
   *   values (?, ?, ?)
   *   returning "items"."id", "items"."sku", "items"."quantity", "items"."order_id";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Item createItem(Order order, Item item) {
    return ITEMS.create(dsl(), order, item);
  }

  /**
   * Links {@code item} to {@code order}, moving it from any other Order. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "items" set "order_id" = ?
   *   where "items"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addItem(Order order, Item item) {
    ITEMS.add(dsl(), order, item);
  }

  /**
   * Links each of {@code items} to {@code order}, moving it from any other Order. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "items" set "order_id" = ?
   *   where "items"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addItems(Order order, Collection<Item> items) {
    ITEMS.addAll(dsl(), order, items);
  }

  /**
   * Unlinks {@code item}, if it is one of those linked to {@code order};
   * rows linked elsewhere are not touched. Unlinking
   * deletes the row, since {@code "order_id"} is NOT NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "items"
   *   where ("items"."order_id" = ? and "items"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeItem(Order order, Item item) {
    ITEMS.remove(dsl(), order, item);
  }

  /**
   * Unlinks those of {@code items} linked to {@code order};
   * rows linked elsewhere are not touched. Unlinking
   * deletes the row, since {@code "order_id"} is NOT NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "items"
   *   where ("items"."order_id" = ? and "items"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeItems(Order order, Collection<Item> items) {
    ITEMS.removeAll(dsl(), order, items);
  }

  /**
   * Makes exactly {@code items} the items of {@code order}: the others are unlinked
   * (unlinking deletes the row, since {@code "order_id"} is NOT NULL), the given ones linked. One
   * transaction, which first locks order's row, so concurrent calls for one Order
   * run one after the other.
   *
   * <p>SQL:
   * <pre>{@code
   * select "orders"."id"
   *   from "orders"
   *   where "orders"."id" = ?
   *   for no key update;
   * delete from "items"
   *   where ("items"."order_id" = ? and "items"."id" <> all (?::int8[]));
   * update "items" set "order_id" = ?
   *   where "items"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setItems(Order order, Collection<Item> items) {
    ITEMS.set(dsl(), order, items);
  }

  /**
   * Returns whether {@code item} is linked to {@code order}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "items"
   *   where ("items"."order_id" = ? and "items"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasItem(Order order, Item item) {
    return ITEMS.has(reads(), order, item);
  }

  /**
   * Returns whether every one of {@code items} is linked to {@code order}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "items"
   *   where ("items"."order_id" = ? and "items"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasItems(Order order, Collection<Item> items) {
    return ITEMS.hasAll(reads(), order, items);
  }
}
