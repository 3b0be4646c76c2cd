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
 * Loads {@link UserPage} graphs, complete: each {@link User} row with its
 * {@code posts}, {@code profile} and {@code postsCount}, never a part left to load later.
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
public final class UserPageLoader {
  private final DSLContext dsl;

  private final UserDao userDao;

  private final PostViewLoader postViewLoader;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public UserPageLoader(DSLContext dsl) {
    this.dsl = dsl;
    this.userDao = new UserDao(dsl);
    this.postViewLoader = new PostViewLoader(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public UserPageLoader(DSLContext dsl, ReadReplica replica) {
    this.dsl = dsl;
    this.userDao = new UserDao(dsl, replica);
    this.postViewLoader = new PostViewLoader(dsl, replica);
  }

  /**
   * Loads the graph of {@code user}, which is its root as given (not read again).
   *
   * <p>Statements (5):
   * <ol>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection)}, by id
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   *
   * @throws IllegalArgumentException if {@code user} has a {@code null} id (not stored yet)
   */
  public UserPage load(User user) {
    return loadAll(List.of(Graphs.root(UserTable.ENTITY, user, "user", "UserPageLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code users}, in input order, one per distinct user; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (5, whatever the number of users):
   * <ol>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection)}, by id
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code users} has a {@code null} id (not stored yet)
   */
  public List<UserPage> load(Collection<User> users) {
    return loadAll(Graphs.roots(UserTable.ENTITY, users, "users", "UserPageLoader.load"));
  }

  /**
   * Reads the user with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (6; only the first if there is no such user):
   * <ol>
   * <li>the user ({@link UserDao#findById}):
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where "users"."id" = ?;
   * }</pre>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection)}, by id
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   */
  public Optional<UserPage> findById(Long id) {
    return userDao.findById(Graphs.notNull(id, "id", "UserPageLoader.findById")).map(this::load);
  }

  /**
   * Reads the users {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the users only: the lists nested in each graph are never cut by it. Where {@code find}
   * has no condition, order, limit or offset, that part of the first statement is left out.
   *
   * <p>Statements (6, whatever the number of users; only the first if it finds none):
   * <ol>
   * <li>the users ({@link UserDao#findAll(Find)}):
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where <condition>
   *   order by <order>, "users"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection)}, by id
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   */
  public List<UserPage> findAll(Find find) {
    return loadAll(userDao.findAll(Graphs.notNull(find, "find", "UserPageLoader.findAll")));
  }

  /**
   * Reads the users with the given ids, in id order (ids without a row skipped), and loads the graph
   * of each. An empty collection sends nothing.
   *
   * <p>Statements (6, whatever the number of ids; only the first if it finds none):
   * <ol>
   * <li>the users, all ids in one array ({@link UserDao#findAllById}):
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where "users"."id" = any (?::int8[])
   *   order by "users"."id";
   * }</pre>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.tags}: {@link PostDao#getTagLinks(Collection)}, by id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection)}, by id
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   */
  public List<UserPage> findAllById(Collection<Long> ids) {
    return loadAll(userDao.findAllById(Graphs.notNull(ids, "ids", "UserPageLoader.findAllById")));
  }

  private List<UserPage> loadAll(List<User> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<User, List<PostView>> posts = Graphs.nest(PostTable.ENTITY, userDao.getPosts(roots), postViewLoader::load);
    Map<User, Profile> profile = userDao.getProfile(roots);
    Map<User, Long> postsCount = userDao.countPosts(roots);
    return Graphs.assemble(roots, user -> new UserPage(
        user,
        posts.get(user),
        Optional.ofNullable(profile.get(user)),
        postsCount.get(user)));
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
  public UserPage insert(UserPage graph) {
    return insert(List.of(GraphWriter.graph(graph, "graph", "UserPageLoader.insert"))).get(0);
  }

  /**
   * Inserts every row of {@code graphs}, each user with every row nested in it, and returns the
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
   * <p>Statements (at most 6, whatever the number of graphs; none for an empty level), each as sent
   * for rows whose ids the database makes (an id given adds the id column):
   * <ol>
   * <li>the users:
   * <pre>{@code
   * insert into "users" ("name")
   *   select "c0"
   *   from unnest(?::text[]) with ordinality as u(c0, ord)
   *   order by "ord"
   *   returning "users"."id", "users"."name";
   * }</pre>
   * <li>{@code posts}:
   * <pre>{@code
   * insert into "posts" ("title", "content", "user_id")
   *   select "c0", "c1", "c2"
   *   from unnest(?::text[], ?::text[], ?::int8[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * }</pre>
   * <li>{@code posts.tags}:
   * <pre>{@code
   * insert into "tags" ("name")
   *   select "c0"
   *   from unnest(?::text[]) with ordinality as u(c0, ord)
   *   order by "ord"
   *   returning "tags"."id", "tags"."name";
   * }</pre>
   * <li>the links of {@code posts.tags}, each its {@code link} with both keys filled:
   * <pre>{@code
   * insert into "post_tags" ("post_id", "tag_id", "featured")
   *   select "c0", "c1", "c2"
   *   from unnest(?::int8[], ?::int8[], ?::bool[]) with ordinality as u(c0, c1, c2, ord)
   *   order by "ord"
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   * <li>{@code posts.comments}:
   * <pre>{@code
   * insert into "comments" ("body", "status", "commentable_id", "commentable_type")
   *   select "c0", "c1", "c2", "c3"
   *   from unnest(?::text[], ?::text[], ?::int8[], ?::text[]) with ordinality as u(c0, c1, c2, c3, ord)
   *   order by "ord"
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
   * }</pre>
   * <li>{@code profile}:
   * <pre>{@code
   * insert into "profiles" ("bio", "user_id")
   *   select "c0", "c1"
   *   from unnest(?::text[], ?::int8[]) with ordinality as u(c0, c1, ord)
   *   order by "ord"
   *   returning "profiles"."id", "profiles"."bio", "profiles"."user_id";
   * }</pre>
   * </ol>
   *
   * @throws NullPointerException if {@code graphs}, a graph, a root or a nested row is {@code null}, or a
   *     row holds {@code null} in a NOT NULL column other than a key insert fills (nothing is sent)
   * @throws IllegalArgumentException if a nested row's foreign key names another row than the one
   *     the graph puts it under (nothing is sent)
   */
  public List<UserPage> insert(Collection<UserPage> graphs) {
    List<UserPage> given = GraphWriter.graphs(graphs, "graphs", "UserPageLoader.insert");
    if (given.isEmpty()) {
      return List.of();
    }
    List<User> rows = GraphWriter.roots(given, UserPage::user, "UserPage.user", "UserPageLoader.insert");
    checkGraphs(given, rows);
    return dsl.transactionResult(tx -> writeGraphs(tx.dsl(), given, rows));
  }

  private static void checkGraphs(List<UserPage> graphs, List<User> rows) {
    GraphWriter.requireValues(UserTable.ENTITY, rows, "UserPageLoader.insert");
    GraphChildren<PostView> posts = GraphWriter.many(graphs, UserPage::posts, "UserPage.posts", "UserPageLoader.insert");
    List<Post> postsRows = GraphWriter.roots(posts.rows(), PostView::post, "PostView.post", "UserPageLoader.insert");
    GraphWriter.checkChildKeys(PostTable.ENTITY, PostTable.POST_TABLE.USER_ID, postsRows, posts, UserTable.ENTITY, rows, "UserPage.posts", "UserPageLoader.insert");
    checkPosts(posts.rows(), postsRows);
    GraphChildren<Profile> profile = GraphWriter.optional(graphs, UserPage::profile, "UserPage.profile", "UserPageLoader.insert");
    GraphWriter.checkChildKeys(ProfileTable.ENTITY, ProfileTable.PROFILE_TABLE.USER_ID, profile.rows(), profile, UserTable.ENTITY, rows, "UserPage.profile", "UserPageLoader.insert");
  }

  private static List<UserPage> writeGraphs(DSLContext dsl, List<UserPage> graphs,
      List<User> rows) {
    List<User> stored = GraphWriter.insert(dsl, UserTable.ENTITY, rows, "UserPageLoader.insert");
    GraphChildren<PostView> posts = GraphWriter.many(graphs, UserPage::posts, "UserPage.posts", "UserPageLoader.insert");
    List<Post> postsRows = GraphWriter.withChildKeys(PostTable.ENTITY, PostTable.POST_TABLE.USER_ID, GraphWriter.map(posts.rows(), PostView::post), posts, UserTable.ENTITY, stored);
    List<PostView> postsStored = writePosts(dsl, posts.rows(), postsRows);
    GraphChildren<Profile> profile = GraphWriter.optional(graphs, UserPage::profile, "UserPage.profile", "UserPageLoader.insert");
    List<Profile> profileRows = GraphWriter.withChildKeys(ProfileTable.ENTITY, ProfileTable.PROFILE_TABLE.USER_ID, profile.rows(), profile, UserTable.ENTITY, stored);
    List<Profile> profileStored = GraphWriter.insert(dsl, ProfileTable.ENTITY, profileRows, "UserPageLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new UserPage(
        stored.get(i),
        posts.list(postsStored, i),
        profile.optional(profileStored, i),
        posts.count(i)));
  }

  private static void checkPosts(List<PostView> graphs, List<Post> rows) {
    GraphWriter.requireValues(PostTable.ENTITY, rows, "UserPageLoader.insert", PostTable.POST_TABLE.USER_ID);
    GraphChildren<Linked<Tag, PostTag>> tags = GraphWriter.many(graphs, PostView::tags, "PostView.tags", "UserPageLoader.insert");
    GraphWriter.checkLinks(PostTagTable.ENTITY, PostTagTable.POST_TAG_TABLE.POST_ID, PostTagTable.POST_TAG_TABLE.TAG_ID, tags, PostTable.ENTITY, rows, TagTable.ENTITY, Scope.none(), Scope.none(), "PostView.tags", "UserPageLoader.insert");
    GraphChildren<Comment> comments = GraphWriter.many(graphs, PostView::comments, "PostView.comments", "UserPageLoader.insert");
    GraphWriter.checkChildKeys(CommentTable.ENTITY, CommentTable.COMMENT_TABLE.COMMENTABLE_ID, comments.rows(), comments, PostTable.ENTITY, rows, "PostView.comments", "UserPageLoader.insert");
    Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").checkInserts(CommentTable.ENTITY, comments.rows(), "UserPageLoader.insert");
  }

  private static List<PostView> writePosts(DSLContext dsl, List<PostView> graphs, List<Post> rows) {
    List<Post> stored = GraphWriter.insert(dsl, PostTable.ENTITY, rows, "UserPageLoader.insert");
    GraphChildren<Linked<Tag, PostTag>> tags = GraphWriter.many(graphs, PostView::tags, "PostView.tags", "UserPageLoader.insert");
    List<Linked<Tag, PostTag>> tagsStored = GraphWriter.insertLinked(dsl, PostTagTable.ENTITY, PostTagTable.POST_TAG_TABLE.POST_ID, PostTagTable.POST_TAG_TABLE.TAG_ID, tags, PostTable.ENTITY, stored, TagTable.ENTITY, Scope.none(), Scope.none(), "UserPageLoader.insert");
    GraphChildren<Comment> comments = GraphWriter.many(graphs, PostView::comments, "PostView.comments", "UserPageLoader.insert");
    List<Comment> commentsRows = GraphWriter.withChildKeys(CommentTable.ENTITY, CommentTable.COMMENT_TABLE.COMMENTABLE_ID, comments.rows(), comments, PostTable.ENTITY, stored);
    List<Comment> commentsInScope = Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").fill(CommentTable.ENTITY, commentsRows);
    List<Comment> commentsStored = GraphWriter.insert(dsl, CommentTable.ENTITY, commentsInScope, "UserPageLoader.insert");
    return GraphWriter.build(graphs.size(), i -> new PostView(
        stored.get(i),
        tags.list(tagsStored, i),
        comments.list(commentsStored, i)));
  }
}
