package dev.relata.sample.blog;

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
 * Loads {@link PostView} graphs, complete: each {@link Post} row with its
 * {@code tags} and {@code comments}, never a part left to load later.
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
public final class PostViewLoader {
  private final DSLContext dsl;

  private final PostDao postDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public PostViewLoader(DSLContext dsl) {
    this.dsl = dsl;
    this.postDao = new PostDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public PostViewLoader(DSLContext dsl, ReadReplica replica) {
    this.dsl = dsl;
    this.postDao = new PostDao(dsl, replica);
  }

  /**
   * Loads the graph of {@code post}, which is its root as given (not read again).
   *
   * <p>Statements (2):
   * <ol>
   * <li>{@code tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code comments}: {@link PostDao#getComments(Collection)}, by id
   * </ol>
   *
   * @throws IllegalArgumentException if {@code post} has a {@code null} id (not stored yet)
   */
  public PostView load(Post post) {
    return loadAll(List.of(Graphs.root(PostTable.ENTITY, post, "post", "PostViewLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code posts}, in input order, one per distinct post; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (2, whatever the number of posts):
   * <ol>
   * <li>{@code tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code comments}: {@link PostDao#getComments(Collection)}, by id
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code posts} has a {@code null} id (not stored yet)
   */
  public List<PostView> load(Collection<Post> posts) {
    return loadAll(Graphs.roots(PostTable.ENTITY, posts, "posts", "PostViewLoader.load"));
  }

  /**
   * Reads the post with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (3; only the first if there is no such post):
   * <ol>
   * <li>the post ({@link PostDao#findById}):
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = ?;
   * }</pre>
   * <li>{@code tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code comments}: {@link PostDao#getComments(Collection)}, by id
   * </ol>
   */
  public Optional<PostView> findById(Long id) {
    return postDao.findById(Graphs.notNull(id, "id", "PostViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the posts {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the posts only: the lists nested in each graph are never cut by it. Where {@code find}
   * has no condition, order, limit or offset, that part of the first statement is left out.
   *
   * <p>Statements (3, whatever the number of posts; only the first if it finds none):
   * <ol>
   * <li>the posts ({@link PostDao#findAll(Find)}):
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where <condition>
   *   order by <order>, "posts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   * <li>{@code tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code comments}: {@link PostDao#getComments(Collection)}, by id
   * </ol>
   */
  public List<PostView> findAll(Find find) {
    return loadAll(postDao.findAll(Graphs.notNull(find, "find", "PostViewLoader.findAll")));
  }

  /**
   * Reads the posts with the given ids, in id order (ids without a row skipped), and loads the graph
   * of each. An empty collection sends nothing.
   *
   * <p>Statements (3, whatever the number of ids; only the first if it finds none):
   * <ol>
   * <li>the posts, all ids in one array ({@link PostDao#findAllById}):
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = any (?::int8[])
   *   order by "posts"."id";
   * }</pre>
   * <li>{@code tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code comments}: {@link PostDao#getComments(Collection)}, by id
   * </ol>
   */
  public List<PostView> findAllById(Collection<Long> ids) {
    return loadAll(postDao.findAllById(Graphs.notNull(ids, "ids", "PostViewLoader.findAllById")));
  }

  private List<PostView> loadAll(List<Post> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Post, List<Linked<Tag, PostTag>>> tags = postDao.getTagLinks(roots);
    Map<Post, List<Comment>> comments = postDao.getComments(roots);
    return Graphs.assemble(roots, post -> new PostView(
        post,
        tags.get(post),
        comments.get(post)));
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
  public PostView insert(PostView graph) {
    return insert(List.of(GraphWriter.graph(graph, "graph", "PostViewLoader.insert"))).get(0);
  }

  /**
   * Inserts every row of {@code graphs}, each post with every row nested in it, and returns the
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
   * <p>Statements (at most 4, whatever the number of graphs; none for an empty level), each as sent
   * for rows whose ids the database makes (an id given adds the id column):
   * <ol>
   * <li>the posts:
   * <pre>{@code
   * insert into "posts" ("title", "content", "user_id")
   *   select "c0", "c1", "c2"
   *   from unnest(?::text[], ?::text[], ?::int8[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * }</pre>
   * <li>{@code tags}:
   * <pre>{@code
   * insert into "tags" ("name")
   *   select "c0"
   *   from unnest(?::text[]) with ordinality as u(c0, ord)
   *   order by "ord"
   *   returning "tags"."id", "tags"."name";
   * }</pre>
   * <li>the links of {@code tags}, each its {@code link} with both keys filled:
   * <pre>{@code
   * insert into "post_tags" ("post_id", "tag_id", "featured")
   *   select "c0", "c1", "c2"
   *   from unnest(?::int8[], ?::int8[], ?::bool[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   * <li>{@code comments}:
   * <pre>{@code
   * insert into "comments" ("body", "status", "commentable_id", "commentable_type")
   *   select "c0", "c1", "c2", "c3"
   *   from unnest(?::text[], ?::text[], ?::int8[], ?::text[]) with ordinality as u(c0, c1, c2, c3, ord)
   *   order by "ord"
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
   * }</pre>
   * </ol>
   *
   * @throws NullPointerException if {@code graphs}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public List<PostView> insert(Collection<PostView> graphs) {
    List<PostView> given = GraphWriter.graphs(graphs, "graphs", "PostViewLoader.insert");
    if (given.isEmpty()) {
      return List.of();
    }
    List<Post> rows = GraphWriter.roots(given, PostView::post, "PostView.post", "PostViewLoader.insert");
    checkGraphs(given, rows);
    return dsl.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows));
  }

  private static void checkGraphs(List<PostView> graphs, List<Post> rows) {
    GraphWriter.requireValues(PostTable.ENTITY, rows, "PostViewLoader.insert");
    GraphChildren<Linked<Tag, PostTag>> tags = GraphWriter.many(graphs, PostView::tags, "PostView.tags", "PostViewLoader.insert");
    GraphWriter.checkLinks(PostTagTable.ENTITY, PostTagTable.POST_TAG_TABLE.POST_ID, PostTagTable.POST_TAG_TABLE.TAG_ID, tags, PostTable.ENTITY, rows, TagTable.ENTITY, Scope.none(), Scope.none(), "PostView.tags", "PostViewLoader.insert");
    GraphChildren<Comment> comments = GraphWriter.many(graphs, PostView::comments, "PostView.comments", "PostViewLoader.insert");
    GraphWriter.checkChildKeys(CommentTable.ENTITY, CommentTable.COMMENT_TABLE.COMMENTABLE_ID, comments.rows(), comments, PostTable.ENTITY, rows, "PostView.comments", "PostViewLoader.insert");
    Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").checkInserts(CommentTable.ENTITY, comments.rows(), "PostViewLoader.insert");
  }

  private static List<PostView> writeGraphs(DSLContext dsl, List<PostView> graphs,
      List<Post> rows) {
    List<Post> stored = GraphWriter.insert(dsl, PostTable.ENTITY, rows, "PostViewLoader.insert");
    GraphChildren<Linked<Tag, PostTag>> tags = GraphWriter.many(graphs, PostView::tags, "PostView.tags", "PostViewLoader.insert");
    List<Linked<Tag, PostTag>> tagsStored = GraphWriter.insertLinked(dsl, PostTagTable.ENTITY, PostTagTable.POST_TAG_TABLE.POST_ID, PostTagTable.POST_TAG_TABLE.TAG_ID, tags, PostTable.ENTITY, stored, TagTable.ENTITY, Scope.none(), Scope.none(), "PostViewLoader.insert");
    GraphChildren<Comment> comments = GraphWriter.many(graphs, PostView::comments, "PostView.comments", "PostViewLoader.insert");
    List<Comment> commentsRows = GraphWriter.withChildKeys(CommentTable.ENTITY, CommentTable.COMMENT_TABLE.COMMENTABLE_ID, comments.rows(), comments, PostTable.ENTITY, stored);
    List<Comment> commentsInScope = Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").fill(CommentTable.ENTITY, commentsRows);
    List<Comment> commentsStored = GraphWriter.insert(dsl, CommentTable.ENTITY, commentsInScope, "PostViewLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new PostView(
        stored.get(i),
        tags.list(tagsStored, i),
        comments.list(commentsStored, i)));
  }
}
