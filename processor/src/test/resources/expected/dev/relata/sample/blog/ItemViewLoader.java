package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.GraphChildren;
import dev.relata.runtime.internal.GraphWriter;
import dev.relata.runtime.internal.Graphs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Loads {@link ItemView} graphs, complete: each {@link Item} row with its
 * {@code order}, never a part left to load later.
 *
 * <p>It sends one statement per component and level, whatever the number of rows, through the
 * generated DAOs' batch methods; each method's Javadoc lists them. The loader holds nothing but
 * DAOs on its {@link DSLContext}: it is stateless and thread-safe, and a loader built on the context of
 * {@code dsl.transaction(cfg -> ...)} reads in that transaction. Given a {@link ReadReplica} too, it
 * reads from the replica outside a transaction.
 *
 * <p>{@code insert} stores graphs, each level in one statement per component whatever the number
 * of graphs, in one transaction; it writes on {@code dsl}, never on a replica.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ItemViewLoader {
  private final DSLContext dsl;

  private final ItemDao itemDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public ItemViewLoader(DSLContext dsl) {
    this.dsl = dsl;
    this.itemDao = new ItemDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public ItemViewLoader(DSLContext dsl, ReadReplica replica) {
    this.dsl = dsl;
    this.itemDao = new ItemDao(dsl, replica);
  }

  /**
   * Loads the graph of {@code item}, which is its root as given (not read again).
   *
   * <p>Statements (1):
   * <ol>
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   *
   * @throws IllegalArgumentException if {@code item} has a {@code null} id (not stored yet)
   */
  public ItemView load(Item item) {
    return loadAll(List.of(Graphs.root(ItemTable.ENTITY, item, "item", "ItemViewLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code items}, in input order, one per distinct item; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (1, whatever the number of items):
   * <ol>
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code items} has a {@code null} id (not stored yet)
   */
  public List<ItemView> load(Collection<Item> items) {
    return loadAll(Graphs.roots(ItemTable.ENTITY, items, "items", "ItemViewLoader.load"));
  }

  /**
   * Reads the item with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (2; only the first if there is no such item):
   * <ol>
   * <li>the item ({@link ItemDao#findById}):
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where "items"."id" = ?;
   * }</pre>
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   */
  public Optional<ItemView> findById(Long id) {
    return itemDao.findById(Graphs.notNull(id, "id", "ItemViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the items {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the items only: the lists nested in each graph are never cut by it. Where {@code find}
   * has no condition, order, limit or offset, that part of the first statement is left out.
   *
   * <p>Statements (2, whatever the number of items; only the first if it finds none):
   * <ol>
   * <li>the items ({@link ItemDao#findAll(Find)}):
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where <condition>
   *   order by <order>, "items"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   */
  public List<ItemView> findAll(Find find) {
    return loadAll(itemDao.findAll(Graphs.notNull(find, "find", "ItemViewLoader.findAll")));
  }

  /**
   * Reads the items with the given ids, in id order (ids without a row skipped), and loads the graph
   * of each. An empty collection sends nothing.
   *
   * <p>Statements (2, whatever the number of ids; only the first if it finds none):
   * <ol>
   * <li>the items, all ids in one array ({@link ItemDao#findAllById}):
   * <pre>{@code
   * select "items"."id", "items"."sku", "items"."quantity", "items"."order_id"
   *   from "items"
   *   where "items"."id" = any (?::int8[])
   *   order by "items"."id";
   * }</pre>
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   */
  public List<ItemView> findAllById(Collection<Long> ids) {
    return loadAll(itemDao.findAllById(Graphs.notNull(ids, "ids", "ItemViewLoader.findAllById")));
  }

  private List<ItemView> loadAll(List<Item> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Item, Order> order = itemDao.getOrder(roots);
    return Graphs.assemble(roots, item -> new ItemView(
        item,
        Graphs.required(order, item, "order", "ItemView")));
  }

  /**
   * Inserts {@code graph}, as {@link #insert(Collection)} inserts each graph, by the statements listed
   * there, and returns it as stored.
   *
   * @throws NullPointerException if {@code graph}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public ItemView insert(ItemView graph) {
    return insert(List.of(GraphWriter.graph(graph, "graph", "ItemViewLoader.insert"))).get(0);
  }

  /**
   * Inserts every row of {@code graphs}, each item with every row nested in it, and returns the
   * graphs as stored (ids, database defaults, timestamps), in input order. Each row is inserted
   * as {@code insertAll} inserts it: an id given is stored as given (to link rows that exist
   * already, call the DAOs' {@code add} methods afterwards). The foreign key of each nested row
   * is filled from its parent's stored id; a {@code @BelongsTo} component's row is inserted
   * before the row that points at it; a {@code @BelongsToMany} component's targets are inserted
   * and linked by new join rows. {@code @Limit}s do not apply, and a count comes back as the
   * number of rows inserted. A to-one component that is the row its graph is nested under
   * must be empty or that row, and comes back as it is stored.
   *
   * <p>It all runs in one transaction (a savepoint inside the caller's): a failure leaves
   * nothing of the call stored. An empty collection sends nothing.
   *
   * <p>Statements (at most 2, whatever the number of graphs; none for an empty level), each as sent
   * for rows whose ids the database makes (an id given adds the id column):
   * <ol>
   * <li>{@code order}:
   * <pre>{@code
   * insert into "orders" ("customer", "placed_at")
   *   select "c0", "c1"
   *   from unnest(?::text[], ?::timestamptz[]) with ordinality as u(c0, c1, ord)
   *   order by "ord"
   *   returning "orders"."id", "orders"."customer", "orders"."placed_at";
   * }</pre>
   * <li>the items:
   * <pre>{@code
   * insert into "items" ("sku", "quantity", "order_id")
   *   select "c0", "c1", "c2"
   *   from unnest(?::text[], ?::int4[], ?::int8[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "items"."id", "items"."sku", "items"."quantity", "items"."order_id";
   * }</pre>
   * </ol>
   *
   * @throws NullPointerException if {@code graphs}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public List<ItemView> insert(Collection<ItemView> graphs) {
    List<ItemView> given = GraphWriter.graphs(graphs, "graphs", "ItemViewLoader.insert");
    if (given.isEmpty()) {
      return List.of();
    }
    List<Item> rows = GraphWriter.roots(given, ItemView::item, "ItemView.item", "ItemViewLoader.insert");
    checkGraphs(given, rows);
    return dsl.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows));
  }

  private static void checkGraphs(List<ItemView> graphs, List<Item> rows) {
    GraphWriter.requireValues(ItemTable.ENTITY, rows, "ItemViewLoader.insert", ItemTable.ITEM_TABLE.ORDER_ID);
    GraphChildren<Order> order = GraphWriter.required(graphs, ItemView::order, "ItemView.order", "ItemViewLoader.insert");
    GraphWriter.checkParentKeys(ItemTable.ENTITY, ItemTable.ITEM_TABLE.ORDER_ID, rows, order, OrderTable.ENTITY, order.rows(), "ItemView.order", "ItemViewLoader.insert");
  }

  private static List<ItemView> writeGraphs(DSLContext dsl, List<ItemView> graphs,
      List<Item> rows) {
    GraphChildren<Order> order = GraphWriter.required(graphs, ItemView::order, "ItemView.order", "ItemViewLoader.insert");
    List<Order> orderStored = GraphWriter.insert(dsl, OrderTable.ENTITY, order.rows(), "ItemViewLoader.insert");
    List<Item> withOrder = GraphWriter.withParentKeys(ItemTable.ENTITY, ItemTable.ITEM_TABLE.ORDER_ID, rows, order, OrderTable.ENTITY, orderStored);
    List<Item> stored = GraphWriter.insert(dsl, ItemTable.ENTITY, withOrder, "ItemViewLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new ItemView(
        stored.get(i),
        order.required(orderStored, i)));
  }
}
