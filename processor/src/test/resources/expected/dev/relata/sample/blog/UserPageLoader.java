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
 * Loads {@link UserPage} graphs, complete: each {@link User} row with its
 * {@code posts}, {@code profile} and {@code postsCount}, never a part left to load later.
 *
 * <p>It sends one statement per component and level, whatever the number of rows, through the
 * generated DAOs' batch methods; each method's Javadoc lists them. The loader holds nothing but
 * DAOs on its {@link DSLContext}: it is stateless and thread-safe, and a loader built on the context of
 * {@code dsl.transaction(cfg -> ...)} reads in that transaction. Given a {@link ReadReplica} too, it
 * reads from the replica outside a transaction.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class UserPageLoader {
  private final UserDao userDao;

  private final PostViewLoader postViewLoader;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public UserPageLoader(DSLContext dsl) {
    this.userDao = new UserDao(dsl);
    this.postViewLoader = new PostViewLoader(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public UserPageLoader(DSLContext dsl, ReadReplica replica) {
    this.userDao = new UserDao(dsl, replica);
    this.postViewLoader = new PostViewLoader(dsl, replica);
  }

  /**
   * Loads the graph of {@code user}, which is its root as given (not read again).
   *
   * <p>Statements (6):
   * <ol>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.user}: {@link PostDao#getUser(Collection)}
   * <li>{@code posts.tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
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
   * <p>Statements (6, whatever the number of users):
   * <ol>
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.user}: {@link PostDao#getUser(Collection)}
   * <li>{@code posts.tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
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
   * <p>Statements (7; only the first if there is no such user):
   * <ol>
   * <li>the user: {@link UserDao#findById}
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.user}: {@link PostDao#getUser(Collection)}
   * <li>{@code posts.tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   */
  public Optional<UserPage> findById(Long id) {
    return userDao.findById(Graphs.notNull(id, "id", "UserPageLoader.findById")).map(this::load);
  }

  /**
   * Reads the users {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the users only: the lists nested in each graph are never cut by it.
   *
   * <p>Statements (7, whatever the number of users; only the first if it finds none):
   * <ol>
   * <li>the users: {@link UserDao#findAll(Find)}
   * <li>{@code posts}: {@link UserDao#getPosts(Collection)}, by id
   * <li>{@code posts.user}: {@link PostDao#getUser(Collection)}
   * <li>{@code posts.tags}: {@link PostDao#getTags(Collection, Find)}, by name, then id
   * <li>{@code posts.comments}: {@link PostDao#getComments(Collection, Find)}, by id desc, at most 3 per post
   * <li>{@code profile}: {@link UserDao#getProfile(Collection)}
   * <li>{@code postsCount}: {@link UserDao#countPosts(Collection)}
   * </ol>
   */
  public List<UserPage> findAll(Find find) {
    return loadAll(userDao.findAll(Graphs.notNull(find, "find", "UserPageLoader.findAll")));
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
}
