package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.runtime.ReadReplica;
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
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ItemViewLoader {
  private final ItemDao itemDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public ItemViewLoader(DSLContext dsl) {
    this.itemDao = new ItemDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public ItemViewLoader(DSLContext dsl, ReadReplica replica) {
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
   * <li>the item: {@link ItemDao#findById}
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   */
  public Optional<ItemView> findById(Long id) {
    return itemDao.findById(Graphs.notNull(id, "id", "ItemViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the items {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the items only: the lists nested in each graph are never cut by it.
   *
   * <p>Statements (2, whatever the number of items; only the first if it finds none):
   * <ol>
   * <li>the items: {@link ItemDao#findAll(Find)}
   * <li>{@code order}: {@link ItemDao#getOrder(Collection)}
   * </ol>
   */
  public List<ItemView> findAll(Find find) {
    return loadAll(itemDao.findAll(Graphs.notNull(find, "find", "ItemViewLoader.findAll")));
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
}
