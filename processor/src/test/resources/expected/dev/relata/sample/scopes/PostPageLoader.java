package dev.relata.sample.scopes;

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
 * Loads {@link PostPage} graphs, complete: each {@link Post} row with its
 * {@code approvedComments} and {@code approvedCommentsCount}, never a part left to load later.
 *
 * <p>It sends one statement per component and level, whatever the number of rows, through the
 * generated DAOs' batch methods; each method's Javadoc lists them. The loader holds nothing but
 * DAOs on its {@link DSLContext}: it is stateless and thread-safe, and a loader built on the context of
 * {@code dsl.transaction(cfg -> ...)} reads in that transaction. Given a {@link ReadReplica} too, it
 * reads from the replica outside a transaction.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostPageLoader {
  private final PostDao postDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public PostPageLoader(DSLContext dsl) {
    this.postDao = new PostDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public PostPageLoader(DSLContext dsl, ReadReplica replica) {
    this.postDao = new PostDao(dsl, replica);
  }

  /**
   * Loads the graph of {@code post}, which is its root as given (not read again).
   *
   * <p>Statements (2):
   * <ol>
   * <li>{@code approvedComments}: {@link PostDao#getApprovedComments(Collection)}, by id
   * <li>{@code approvedCommentsCount}: {@link PostDao#countApprovedComments(Collection)}
   * </ol>
   *
   * @throws IllegalArgumentException if {@code post} has a {@code null} id (not stored yet)
   */
  public PostPage load(Post post) {
    return loadAll(List.of(Graphs.root(PostTable.ENTITY, post, "post", "PostPageLoader.load"))).get(0);
  }

  /**
   * Loads the graph of each of {@code posts}, in input order, one per distinct post; the rows
   * given are the roots, not read again. An empty collection sends nothing.
   *
   * <p>Statements (2, whatever the number of posts):
   * <ol>
   * <li>{@code approvedComments}: {@link PostDao#getApprovedComments(Collection)}, by id
   * <li>{@code approvedCommentsCount}: {@link PostDao#countApprovedComments(Collection)}
   * </ol>
   *
   * @throws IllegalArgumentException if one of {@code posts} has a {@code null} id (not stored yet)
   */
  public List<PostPage> load(Collection<Post> posts) {
    return loadAll(Graphs.roots(PostTable.ENTITY, posts, "posts", "PostPageLoader.load"));
  }

  /**
   * Reads the post with id {@code id} and loads its graph; empty if there is none.
   *
   * <p>Statements (3; only the first if there is no such post):
   * <ol>
   * <li>the post: {@link PostDao#findById}
   * <li>{@code approvedComments}: {@link PostDao#getApprovedComments(Collection)}, by id
   * <li>{@code approvedCommentsCount}: {@link PostDao#countApprovedComments(Collection)}
   * </ol>
   */
  public Optional<PostPage> findById(Long id) {
    return postDao.findById(Graphs.notNull(id, "id", "PostPageLoader.findById")).map(this::load);
  }

  /**
   * Reads the posts {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the posts only: the lists nested in each graph are never cut by it.
   *
   * <p>Statements (3, whatever the number of posts; only the first if it finds none):
   * <ol>
   * <li>the posts: {@link PostDao#findAll(Find)}
   * <li>{@code approvedComments}: {@link PostDao#getApprovedComments(Collection)}, by id
   * <li>{@code approvedCommentsCount}: {@link PostDao#countApprovedComments(Collection)}
   * </ol>
   */
  public List<PostPage> findAll(Find find) {
    return loadAll(postDao.findAll(Graphs.notNull(find, "find", "PostPageLoader.findAll")));
  }

  private List<PostPage> loadAll(List<Post> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Post, List<Comment>> approvedComments = postDao.getApprovedComments(roots);
    Map<Post, Long> approvedCommentsCount = postDao.countApprovedComments(roots);
    return Graphs.assemble(roots, post -> new PostPage(
        post,
        approvedComments.get(post),
        approvedCommentsCount.get(post)));
  }
}
