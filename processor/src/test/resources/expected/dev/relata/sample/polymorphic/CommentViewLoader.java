package dev.relata.sample.polymorphic;

import dev.relata.Find;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.GraphWriter;
import dev.relata.runtime.internal.Graphs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Loads {@link CommentView} graphs, complete: each {@link Comment} row with its
 * {@code commentable}, never a part left to load later.
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
public final class CommentViewLoader {
  private final DSLContext dsl;

  private final CommentDao commentDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public CommentViewLoader(DSLContext dsl) {
    this.dsl = dsl;
    this.commentDao = new CommentDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public CommentViewLoader(DSLContext dsl, ReadReplica replica) {
    this.dsl = dsl;
    this.commentDao = new CommentDao(dsl, replica);
  }

  /**
   * Loads the graph of {@code comment}, which is its root as given (not read again).
   *
   * <p>Statements (1):
   * <ol>
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   *
   * @throws IllegalArgumentException if {@code comment} has a {@code null} id (not stored yet)
   */
  public CommentView load(Comment comment) {
    return loadAll(List.of(Graphs.root(CommentTable.ENTITY, comment, "comment", "CommentViewLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code comments}, in input order, one per distinct comment; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (1, whatever the number of comments):
   * <ol>
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code comments} has a {@code null} id (not stored yet)
   */
  public List<CommentView> load(Collection<Comment> comments) {
    return loadAll(Graphs.roots(CommentTable.ENTITY, comments, "comments", "CommentViewLoader.load"));
  }

  /**
   * Reads the comment with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (2; only the first if there is no such comment):
   * <ol>
   * <li>the comment ({@link CommentDao#findById}):
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where "comments"."id" = ?;
   * }</pre>
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   */
  public Optional<CommentView> findById(Long id) {
    return commentDao.findById(Graphs.notNull(id, "id", "CommentViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the comments {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the comments only: the lists nested in each graph are never cut by it. Where {@code find}
   * has no condition, order, limit or offset, that part of the first statement is left out.
   *
   * <p>Statements (2, whatever the number of comments; only the first if it finds none):
   * <ol>
   * <li>the comments ({@link CommentDao#findAll(Find)}):
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where <condition>
   *   order by <order>, "comments"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   */
  public List<CommentView> findAll(Find find) {
    return loadAll(commentDao.findAll(Graphs.notNull(find, "find", "CommentViewLoader.findAll")));
  }

  /**
   * Reads the comments with the given ids, in id order (ids without a row skipped), and loads the graph
   * of each. An empty collection sends nothing.
   *
   * <p>Statements (2, whatever the number of ids; only the first if it finds none):
   * <ol>
   * <li>the comments, all ids in one array ({@link CommentDao#findAllById}):
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where "comments"."id" = any (?::int8[])
   *   order by "comments"."id";
   * }</pre>
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   */
  public List<CommentView> findAllById(Collection<Long> ids) {
    return loadAll(commentDao.findAllById(Graphs.notNull(ids, "ids", "CommentViewLoader.findAllById")));
  }

  private List<CommentView> loadAll(List<Comment> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Comment, Commentable> commentable = commentDao.getCommentable(roots);
    return Graphs.assemble(roots, comment -> new CommentView(
        comment,
        Optional.ofNullable(commentable.get(comment))));
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
  public CommentView insert(CommentView graph) {
    return insert(List.of(GraphWriter.graph(graph, "graph", "CommentViewLoader.insert"))).get(0);
  }

  /**
   * Inserts every row of {@code graphs}, each comment with every row nested in it, and returns the
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
   * <p>Statements (at most 1, whatever the number of graphs; none for an empty level), each as sent
   * for rows whose ids the database makes (an id given adds the id column):
   * <ol>
   * <li>the comments:
   * <pre>{@code
   * insert into "comments" ("body", "commentable_id", "commentable_type")
   *   select "c0", "c1", "c2"
   *   from unnest(?::text[], ?::int8[], ?::text[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "comments"."id", "comments"."body", "comments"."commentable_id",
   *       "comments"."commentable_type";
   * }</pre>
   * </ol>
   *
   * @throws NullPointerException if {@code graphs}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public List<CommentView> insert(Collection<CommentView> graphs) {
    List<CommentView> given = GraphWriter.graphs(graphs, "graphs", "CommentViewLoader.insert");
    if (given.isEmpty()) {
      return List.of();
    }
    List<Comment> rows = GraphWriter.roots(given, CommentView::comment, "CommentView.comment", "CommentViewLoader.insert");
    checkGraphs(given, rows);
    return dsl.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows));
  }

  private static void checkGraphs(List<CommentView> graphs, List<Comment> rows) {
    GraphWriter.requireValues(CommentTable.ENTITY, rows, "CommentViewLoader.insert");
    GraphWriter.requireNoPolymorphicParent(graphs, CommentView::commentable, "CommentView.commentable", "CommentViewLoader.insert");
  }

  private static List<CommentView> writeGraphs(DSLContext dsl, List<CommentView> graphs,
      List<Comment> rows) {
    List<Comment> stored = GraphWriter.insert(dsl, CommentTable.ENTITY, rows, "CommentViewLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new CommentView(
        stored.get(i),
        Optional.empty()));
  }
}
