package dev.relata.sample.stamps;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.GraphChildren;
import dev.relata.runtime.internal.GraphWriter;
import dev.relata.runtime.internal.Graphs;
import dev.relata.runtime.internal.Scope;
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
 *
 * <p>{@code insert} stores graphs, each level in one statement per component whatever the number
 * of graphs, in one transaction; it writes on {@code dsl}, never on a replica.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabelViewLoader {
  private static final Find ACCOUNTS = Find.all().orderBy(AccountTable.ACCOUNT_TABLE.NAME.asc());

  private final DSLContext dsl;

  private final LabelDao labelDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public LabelViewLoader(DSLContext dsl) {
    this.dsl = dsl;
    this.labelDao = new LabelDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public LabelViewLoader(DSLContext dsl, ReadReplica replica) {
    this.dsl = dsl;
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
   * <li>the label ({@link LabelDao#findById}):
   * <pre>{@code
   * select "labels"."id", "labels"."name"
   *   from "labels"
   *   where "labels"."id" = ?;
   * }</pre>
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   */
  public Optional<LabelView> findById(Long id) {
    return labelDao.findById(Graphs.notNull(id, "id", "LabelViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the labels {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the labels only: the lists nested in each graph are never cut by it. Where {@code find}
   * has no condition, order, limit or offset, that part of the first statement is left out.
   *
   * <p>Statements (2, whatever the number of labels; only the first if it finds none):
   * <ol>
   * <li>the labels ({@link LabelDao#findAll(Find)}):
   * <pre>{@code
   * select "labels"."id", "labels"."name"
   *   from "labels"
   *   where <condition>
   *   order by <order>, "labels"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   */
  public List<LabelView> findAll(Find find) {
    return loadAll(labelDao.findAll(Graphs.notNull(find, "find", "LabelViewLoader.findAll")));
  }

  /**
   * Reads the labels with the given ids, in id order (ids without a row skipped), and loads the graph
   * of each. An empty collection sends nothing.
   *
   * <p>Statements (2, whatever the number of ids; only the first if it finds none):
   * <ol>
   * <li>the labels, all ids in one array ({@link LabelDao#findAllById}):
   * <pre>{@code
   * select "labels"."id", "labels"."name"
   *   from "labels"
   *   where "labels"."id" = any (?::int8[])
   *   order by "labels"."id";
   * }</pre>
   * <li>{@code accounts}: {@link LabelDao#getAccountLinks(Collection, Find)}, by name, then id
   * </ol>
   */
  public List<LabelView> findAllById(Collection<Long> ids) {
    return loadAll(labelDao.findAllById(Graphs.notNull(ids, "ids", "LabelViewLoader.findAllById")));
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

  /**
   * Inserts {@code graph}, as {@link #insert(Collection)} inserts each graph, by the statements listed
   * there, and returns it as stored.
   *
   * @throws NullPointerException if {@code graph}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public LabelView insert(LabelView graph) {
    return insert(List.of(GraphWriter.graph(graph, "graph", "LabelViewLoader.insert"))).get(0);
  }

  /**
   * Inserts every row of {@code graphs}, each label with every row nested in it, and returns the
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
   * <p>Statements (at most 3, whatever the number of graphs; none for an empty level), each as sent
   * for rows whose ids the database makes (an id given adds the id column):
   * <ol>
   * <li>the labels:
   * <pre>{@code
   * insert into "labels" ("name")
   *   select "c0"
   *   from unnest(?::text[]) with ordinality as u(c0, ord)
   *   order by "ord"
   *   returning "labels"."id", "labels"."name";
   * }</pre>
   * <li>{@code accounts}:
   * <pre>{@code
   * insert into "accounts" ("name", "created_at", "updated_at", "version")
   *   select "c0", now(), now(), 0
   *   from unnest(?::text[]) with ordinality as u(c0, ord)
   *   order by "ord"
   *   returning "accounts"."id", "accounts"."name", "accounts"."created_at", "accounts"."updated_at",
   *       "accounts"."version";
   * }</pre>
   * <li>the links of {@code accounts}, each its {@code link} with both keys filled:
   * <pre>{@code
   * insert into "labellings" ("label_id", "account_id", "note", "created_at", "version")
   *   select "c0", "c1", "c2", now(), 0
   *   from unnest(?::int8[], ?::int8[], ?::text[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *       "labellings"."note", "labellings"."created_at", "labellings"."version";
   * }</pre>
   * </ol>
   *
   * @throws NullPointerException if {@code graphs}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public List<LabelView> insert(Collection<LabelView> graphs) {
    List<LabelView> given = GraphWriter.graphs(graphs, "graphs", "LabelViewLoader.insert");
    if (given.isEmpty()) {
      return List.of();
    }
    List<Label> rows = GraphWriter.roots(given, LabelView::label, "LabelView.label", "LabelViewLoader.insert");
    checkGraphs(given, rows);
    return dsl.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows));
  }

  private static void checkGraphs(List<LabelView> graphs, List<Label> rows) {
    GraphWriter.requireValues(LabelTable.ENTITY, rows, "LabelViewLoader.insert");
    GraphChildren<Linked<Account, Labelling>> accounts = GraphWriter.many(graphs, LabelView::accounts, "LabelView.accounts", "LabelViewLoader.insert");
    GraphWriter.checkLinks(LabellingTable.ENTITY, LabellingTable.LABELLING_TABLE.LABEL_ID, LabellingTable.LABELLING_TABLE.ACCOUNT_ID, accounts, LabelTable.ENTITY, rows, AccountTable.ENTITY, Scope.none(), Scope.none(), "LabelView.accounts", "LabelViewLoader.insert");
  }

  private static List<LabelView> writeGraphs(DSLContext dsl, List<LabelView> graphs,
      List<Label> rows) {
    List<Label> stored = GraphWriter.insert(dsl, LabelTable.ENTITY, rows, "LabelViewLoader.insert");
    GraphChildren<Linked<Account, Labelling>> accounts = GraphWriter.many(graphs, LabelView::accounts, "LabelView.accounts", "LabelViewLoader.insert");
    List<Linked<Account, Labelling>> accountsStored = GraphWriter.insertLinked(dsl, LabellingTable.ENTITY, LabellingTable.LABELLING_TABLE.LABEL_ID, LabellingTable.LABELLING_TABLE.ACCOUNT_ID, accounts, LabelTable.ENTITY, stored, AccountTable.ENTITY, Scope.none(), Scope.none(), "LabelViewLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new LabelView(
        stored.get(i),
        accounts.list(accountsStored, i)));
  }
}
