package dev.relata.sample.scopes;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Comment} rows in table {@code "comments"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class CommentDao extends EntityDao<Comment, Long> {
  private static final BelongsToAssociation<Comment, Long, Post, Long> POST = new BelongsToAssociation<>(
      CommentTable.ENTITY,
      PostTable.ENTITY,
      CommentTable.COMMENT_TABLE.POST_ID,
      Comment::postId,
      AssociationNames.toOne("comment", "comments", "post"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public CommentDao(DSLContext dsl) {
    super(dsl, CommentTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public CommentDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, CommentTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "body" = ?, "status" = ?, "post_id" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."post_id";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Comment> update(Comment row) {
    return super.update(row);
  }

  /**
   * Returns the post that {@code comment}.postId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title"
   *   from "posts"
   *   where "posts"."id" = ?;
   * }</pre>
   */
  public Optional<Post> getPost(Comment comment) {
    return POST.get(reads(), comment);
  }

  /**
   * Returns the post of each of {@code comments} in one statement, keyed in input order;
   * those whose postId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title"
   *   from "posts"
   *   where "posts"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Comment, Post> getPost(Collection<Comment> comments) {
    return POST.getAll(reads(), comments);
  }

  /**
   * Points {@code comment} at {@code post} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."post_id";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code comment} is not in the table
   */
  public Comment setPost(Comment comment, Post post) {
    return POST.set(dsl(), comment, post);
  }

  /**
   * Inserts {@code post}, points {@code comment} at it and returns {@code comment} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "posts" ("title")
   *   values (?)
   *   returning "posts"."id", "posts"."title";
   * update "comments" set "post_id" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."post_id";
   * }</pre>
   */
  public Comment createPost(Comment comment, Post post) {
    return POST.create(dsl(), comment, post);
  }
}
