package dev.relata.sample.blog;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.PolymorphicBelongsToAssociation;
import java.util.Collection;
import java.util.List;
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
  private static final PolymorphicBelongsToAssociation<Comment, Long, Commentable, Long> COMMENTABLE = new PolymorphicBelongsToAssociation<>(
      CommentTable.ENTITY,
      "Commentable",
      List.<EntityMetadata<? extends Commentable, Long>>of(PostTable.ENTITY, VideoTable.ENTITY),
      CommentTable.COMMENT_TABLE.COMMENTABLE_ID,
      CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE,
      Comment::commentableId,
      Comment::commentableType,
      AssociationNames.toOne("comment", "comments", "commentable"));

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
   * update "comments" set "body" = ?, "status" = ?, "commentable_id" = ?, "commentable_type" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
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
   * Returns the {@link Commentable} that {@code comment} points at: the row whose id
   * {@code commentableId} holds, in the table of the record {@code commentableType} names. Empty if
   * either is {@code null} (then no statement runs) or no such row exists.
   *
   * <p>SQL, where {@code commentableType} is {@code "Post"}:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = ?;
   * }</pre>
   *
   * <p>Where it is {@code "Video"}:
   * <pre>{@code
   * select "videos"."id", "videos"."title"
   *   from "videos"
   *   where "videos"."id" = ?;
   * }</pre>
   *
   * @throws IllegalStateException if {@code commentableType} names no record {@link Commentable} permits
   */
  public Optional<Commentable> getCommentable(Comment comment) {
    return COMMENTABLE.get(reads(), comment);
  }

  /**
   * Returns the {@link Commentable} of each of {@code comments}, keyed in input order; those whose
   * {@code commentableId} or {@code commentableType} is {@code null}, or whose parent row is gone,
   * are absent. One statement per record the rows name, never one per row. The map is unmodifiable.
   *
   * <p>SQL, for the rows whose {@code commentableType} is {@code "Post"}:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = any (?::int8[]);
   * }</pre>
   *
   * <p>For those of {@code "Video"}:
   * <pre>{@code
   * select "videos"."id", "videos"."title"
   *   from "videos"
   *   where "videos"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalStateException if a row's {@code commentableType} names no record {@link Commentable}
   *     permits; then no statement runs
   */
  public Map<Comment, Commentable> getCommentable(Collection<Comment> comments) {
    return COMMENTABLE.getAll(reads(), comments);
  }

  /**
   * Points {@code comment} at {@code commentable} and returns it as stored: one update of its row
   * that writes both {@code commentableId} (the parent's id) and {@code commentableType} (its
   * record's name); {@code null} clears both.
   *
   * <p>SQL, whatever the record:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code commentable} is not stored (its id is {@code null}),
   *     or is a record this DAO was generated without; then no statement runs
   * @throws org.jooq.exception.NoDataFoundException if {@code comment} is not in the table
   */
  public Comment setCommentable(Comment comment, Commentable commentable) {
    return COMMENTABLE.set(dsl(), comment, commentable);
  }

  /**
   * Inserts {@code commentable} into its record's table, then points {@code comment} at it (one
   * update writing both {@code commentableId} and {@code commentableType}) and returns
   * {@code comment} as stored; one transaction.
   *
   * <p>SQL, where {@code commentable} is a {@link Post}:
   * <pre>{@code
   * insert into "posts" ("title", "content", "user_id")
   *   values (?, ?, ?)
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
   * }</pre>
   *
   * <p>Where it is a {@link Video}:
   * <pre>{@code
   * insert into "videos" ("title")
   *   values (?)
   *   returning "videos"."id", "videos"."title";
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where "comments"."id" = ?
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code commentable} is a record this DAO was generated
   *     without; then no statement runs
   * @throws org.jooq.exception.NoDataFoundException if {@code comment} is not in the table; the
   *     insert is rolled back
   */
  public Comment createCommentable(Comment comment, Commentable commentable) {
    return COMMENTABLE.create(dsl(), comment, commentable);
  }
}
