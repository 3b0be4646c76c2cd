package dev.relata.sample.stamps;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.Graphs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Loads {@link LabelView} graphs, complete: each {@link Label} row with its
 * {@code accounts}, never a part left to load later.
 *
 * <p>It sends one statement per component and level, whatever the number of rows, through the
 * generated DAOs' batch methods; each method's Javadoc lists them. The loader holds nothing but
 * DAOs on its {@link DSLContext}: it is stateless and thread-safe, and a loader built on the context of
 * {@code dsl.transaction(cfg -> ...)} reads in that transaction. Given a {@link ReadReplica} too, it
 * reads from the replica outside a transaction.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabelViewLoader {
  private static final Find ACCOUNTS = Find.all().orderBy(AccountTable.ACCOUNT_TABLE.NAME.asc());

  private final LabelDao labelDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public LabelViewLoader(DSLContext dsl) {
    this.labelDao = new LabelDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public LabelViewLoader(DSLContext dsl, ReadReplica replica) {
    this.labelDao = new LabelDao(dsl, replica);
  }

  /**
   * Loads the graph of {@code label}, which is its root as given (not read again).
   *
   * <p>Statements (1):
   * <ol>
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   *
   * @throws IllegalArgumentException if {@code label} has a {@code null} id (not stored yet)
   */
  public LabelView load(Label label) {
    return loadAll(List.of(Graphs.root(LabelTable.ENTITY, label, "label", "LabelViewLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code labels}, in input order, one per distinct label; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (1, whatever the number of labels):
   * <ol>
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code labels} has a {@code null} id (not stored yet)
   */
  public List<LabelView> load(Collection<Label> labels) {
    return loadAll(Graphs.roots(LabelTable.ENTITY, labels, "labels", "LabelViewLoader.load"));
  }

  /**
   * Reads the label with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (2; only the first if there is no such label):
   * <ol>
   * <li>the label: {@link LabelDao#findById}
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   */
  public Optional<LabelView> findById(Long id) {
    return labelDao.findById(Graphs.notNull(id, "id", "LabelViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the labels {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the labels only: the lists nested in each graph are never cut by it.
   *
   * <p>Statements (2, whatever the number of labels; only the first if it finds none):
   * <ol>
   * <li>the labels: {@link LabelDao#findAll(Find)}
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   */
  public List<LabelView> findAll(Find find) {
    return loadAll(labelDao.findAll(Graphs.notNull(find, "find", "LabelViewLoader.findAll")));
  }

  private List<LabelView> loadAll(List<Label> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Label, List<Linked<Account, Labelling>>> accounts = labelDao.getAccountLinks(roots, ACCOUNTS);
    return Graphs.assemble(roots, label -> new LabelView(
        label,
        accounts.get(label)));
  }
}
