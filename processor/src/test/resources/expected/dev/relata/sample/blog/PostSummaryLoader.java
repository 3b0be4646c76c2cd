package dev.relata.sample.blog;

import dev.relata.Find;
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
 * Loads {@link PostSummary} graphs, complete: each {@link Post} row with its
 * {@code user}, {@code tags} and {@code comments}, never a part left to load later.
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
public final class PostSummaryLoader {
  private static final Find TAGS = Find.all().orderBy(TagTable.TAG_TABLE.NAME.asc());

  private static final Find COMMENTS = Find.all().orderBy(CommentTable.COMMENT_TABLE.ID.desc()).limit(3);

  private final DSLContext dsl;

  private final PostDao postDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public PostSummaryLoader(DSLContext dsl) {
    this.dsl = dsl;
    this.postDao = new PostDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public PostSummaryLoader(DSLContext dsl, ReadReplica replica) {
    this.dsl = dsl;
    this.postDao = new PostDao(dsl, replica);
  }

  /**
   * Loads the graph of {@code post}, which is its root as given (not read again).
   *
   * <p>Statements (3):
   * <ol>
   * <li>{@code user}: {@link PostDao#getUser(Collection)}
   * <li>{@code tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * </ol>
   *
   * @throws IllegalArgumentException if {@code post} has a {@code null} id (not stored yet)
   */
  public PostSummary load(Post post) {
    return loadAll(List.of(Graphs.root(PostTable.ENTITY, post, "post", "PostSummaryLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code posts}, in input order, one per distinct post; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (3, whatever the number of posts):
   * <ol>
   * <li>{@code user}: {@link PostDao#getUser(Collection)}
   * <li>{@code tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code posts} has a {@code null} id (not stored yet)
   */
  public List<PostSummary> load(Collection<Post> posts) {
    return loadAll(Graphs.roots(PostTable.ENTITY, posts, "posts", "PostSummaryLoader.load"));
  }

  /**
   * Reads the post with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (4; only the first if there is no such post):
   * <ol>
   * <li>the post ({@link PostDao#findById}):
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = ?;
   * }</pre>
   * <li>{@code user}: {@link PostDao#getUser(Collection)}
   * <li>{@code tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * </ol>
   */
  public Optional<PostSummary> findById(Long id) {
    return postDao.findById(Graphs.notNull(id, "id", "PostSummaryLoader.findById")).map(this::load);
  }

  /**
   * Reads the posts {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the posts only: the lists nested in each graph are never cut by it. Where {@code find}
   * has no condition, order, limit or offset, that part of the first statement is left out.
   *
   * <p>Statements (4, whatever the number of posts; only the first if it finds none):
   * <ol>
   * <li>the posts ({@link PostDao#findAll(Find)}):
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where <condition>
   *   order by <order>, "posts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   * <li>{@code user}: {@link PostDao#getUser(Collection)}
   * <li>{@code tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * </ol>
   */
  public List<PostSummary> findAll(Find find) {
    return loadAll(postDao.findAll(Graphs.notNull(find, "find", "PostSummaryLoader.findAll")));
  }

  /**
   * Reads the posts with the given ids, in id order (ids without a row skipped), and loads the graph
   * of each. An empty collection sends nothing.
   *
   * <p>Statements (4, whatever the number of ids; only the first if it finds none):
   * <ol>
   * <li>the posts, all ids in one array ({@link PostDao#findAllById}):
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = any (?::int8[])
   *   order by "posts"."id";
   * }</pre>
   * <li>{@code user}: {@link PostDao#getUser(Collection)}
   * <li>{@code tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * </ol>
   */
  public List<PostSummary> findAllById(Collection<Long> ids) {
    return loadAll(postDao.findAllById(Graphs.notNull(ids, "ids", "PostSummaryLoader.findAllById")));
  }

  private List<PostSummary> loadAll(List<Post> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Post, User> user = postDao.getUser(roots);
    Map<Post, List<Tag>> tags = postDao.getTags(roots, TAGS);
    Map<Post, List<Comment>> comments = postDao.getComments(roots, COMMENTS);
    return Graphs.assemble(roots, post -> new PostSummary(
        post,
        Optional.ofNullable(user.get(post)),
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
  public PostSummary insert(PostSummary graph) {
    return insert(List.of(GraphWriter.graph(graph, "graph", "PostSummaryLoader.insert"))).get(0);
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
   * <p>Statements (at most 5, whatever the number of graphs; none for an empty level), each as sent
   * for rows whose ids the database makes (an id given adds the id column):
   * <ol>
   * <li>{@code user}:
   * <pre>{@code
   * insert into "users" ("name")
   *   select "c0"
   *   from unnest(?::text[]) with ordinality as u(c0, ord)
   *   order by "ord"
   *   returning "users"."id", "users"."name";
   * }</pre>
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
   * <li>the links of {@code tags}:
   * <pre>{@code
   * insert into "post_tags" ("post_id", "tag_id")
   *   select "k", "o"
   *   from unnest(?::int8[], ?::int8[]) with ordinality as j(k, o, ord)
   *   order by "ord";
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
  public List<PostSummary> insert(Collection<PostSummary> graphs) {
    List<PostSummary> given = GraphWriter.graphs(graphs, "graphs", "PostSummaryLoader.insert");
    if (given.isEmpty()) {
      return List.of();
    }
    List<Post> rows = GraphWriter.roots(given, PostSummary::post, "PostSummary.post", "PostSummaryLoader.insert");
    checkGraphs(given, rows);
    return dsl.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows));
  }

  private static void checkGraphs(List<PostSummary> graphs, List<Post> rows) {
    GraphWriter.requireValues(PostTable.ENTITY, rows, "PostSummaryLoader.insert", PostTable.POST_TABLE.USER_ID);
    GraphChildren<User> user = GraphWriter.optional(graphs, PostSummary::user, "PostSummary.user", "PostSummaryLoader.insert");
    GraphWriter.checkParentKeys(PostTable.ENTITY, PostTable.POST_TABLE.USER_ID, rows, user, UserTable.ENTITY, user.rows(), "PostSummary.user", "PostSummaryLoader.insert");
    GraphWriter.requireValues(TagTable.ENTITY, GraphWriter.many(graphs, PostSummary::tags, "PostSummary.tags", "PostSummaryLoader.insert").rows(), "PostSummaryLoader.insert");
    GraphChildren<Comment> comments = GraphWriter.many(graphs, PostSummary::comments, "PostSummary.comments", "PostSummaryLoader.insert");
    GraphWriter.checkChildKeys(CommentTable.ENTITY, CommentTable.COMMENT_TABLE.COMMENTABLE_ID, comments.rows(), comments, PostTable.ENTITY, rows, "PostSummary.comments", "PostSummaryLoader.insert");
    Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").checkInserts(CommentTable.ENTITY, comments.rows(), "PostSummaryLoader.insert");
  }

  private static List<PostSummary> writeGraphs(DSLContext dsl, List<PostSummary> graphs,
      List<Post> rows) {
    GraphChildren<User> user = GraphWriter.optional(graphs, PostSummary::user, "PostSummary.user", "PostSummaryLoader.insert");
    List<User> userStored = GraphWriter.insert(dsl, UserTable.ENTITY, user.rows(), "PostSummaryLoader.insert");
    List<Post> withUser = GraphWriter.withParentKeys(PostTable.ENTITY, PostTable.POST_TABLE.USER_ID, rows, user, UserTable.ENTITY, userStored);
    List<Post> stored = GraphWriter.insert(dsl, PostTable.ENTITY, withUser, "PostSummaryLoader.insert");
    GraphChildren<Tag> tags = GraphWriter.many(graphs, PostSummary::tags, "PostSummary.tags", "PostSummaryLoader.insert");
    List<Tag> tagsStored = GraphWriter.insert(dsl, TagTable.ENTITY, tags.rows(), "PostSummaryLoader.insert");
    GraphWriter.link(dsl, PostTagTable.ENTITY, PostTagTable.POST_TAG_TABLE.POST_ID, PostTagTable.POST_TAG_TABLE.TAG_ID, tags, PostTable.ENTITY, stored, TagTable.ENTITY, tagsStored, Scope.none());
    GraphChildren<Comment> comments = GraphWriter.many(graphs, PostSummary::comments, "PostSummary.comments", "PostSummaryLoader.insert");
    List<Comment> commentsRows = GraphWriter.withChildKeys(CommentTable.ENTITY, CommentTable.COMMENT_TABLE.COMMENTABLE_ID, comments.rows(), comments, PostTable.ENTITY, stored);
    List<Comment> commentsInScope = Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").fill(CommentTable.ENTITY, commentsRows);
    List<Comment> commentsStored = GraphWriter.insert(dsl, CommentTable.ENTITY, commentsInScope, "PostSummaryLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new PostSummary(
        stored.get(i),
        user.optional(userStored, i),
        tags.list(tagsStored, i),
        comments.list(commentsStored, i)));
  }
}
