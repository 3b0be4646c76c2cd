package dev.relata.sample.polymorphic;

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
 * Loads {@link CommentView} graphs, complete: each {@link Comment} row with its
 * {@code commentable}, never a part left to load later.
 *
 * <p>It sends one statement per component and level, whatever the number of rows, through the
 * generated DAOs' batch methods; each method's Javadoc lists them. The loader holds nothing but
 * DAOs on its {@link DSLContext}: it is stateless and thread-safe, and a loader built on the context of
 * {@code dsl.transaction(cfg -> ...)} reads in that transaction. Given a {@link ReadReplica} too, it
 * reads from the replica outside a transaction.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CommentViewLoader {
  private final CommentDao commentDao;

  /**
   * Creates a loader that runs its statements on {@code dsl}.
   */
  public CommentViewLoader(DSLContext dsl) {
    this.commentDao = new CommentDao(dsl);
  }

  /**
   * Creates a loader that reads from {@code replica} outside a transaction, and on {@code dsl}
   * while {@code dsl}'s connection is in one.
   */
  public CommentViewLoader(DSLContext dsl, ReadReplica replica) {
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
   * <li>the comment: {@link CommentDao#findById}
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   */
  public Optional<CommentView> findById(Long id) {
    return commentDao.findById(Graphs.notNull(id, "id", "CommentViewLoader.findById")).map(this::load);
  }

  /**
   * Reads the comments {@code find} selects, in its order, and loads the graph of each. {@code find}
   * pages the comments only: the lists nested in each graph are never cut by it.
   *
   * <p>Statements (2, whatever the number of comments; only the first if it finds none):
   * <ol>
   * <li>the comments: {@link CommentDao#findAll(Find)}
   * <li>{@code commentable}: {@link CommentDao#getCommentable(Collection)}: one statement per record of {@code Commentable} the rows name
   * </ol>
   */
  public List<CommentView> findAll(Find find) {
    return loadAll(commentDao.findAll(Graphs.notNull(find, "find", "CommentViewLoader.findAll")));
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
}
