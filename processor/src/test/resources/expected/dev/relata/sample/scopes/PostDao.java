package dev.relata.sample.scopes;

import dev.relata.Find;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.HasManyAssociation;
import dev.relata.runtime.internal.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Post} rows in table {@code "posts"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostDao extends EntityDao<Post, Long> {
  private static final HasManyAssociation<Post, Long, Comment, Long> COMMENTS = new HasManyAssociation<>(
      PostTable.ENTITY,
      CommentTable.ENTITY,
      CommentTable.COMMENT_TABLE.POST_ID,
      new AssociationNames("post", "posts", "comment", "comments"));

  private static final HasManyAssociation<Post, Long, Comment, Long> APPROVED_COMMENTS = new HasManyAssociation<>(
      PostTable.ENTITY,
      CommentTable.ENTITY,
      CommentTable.COMMENT_TABLE.POST_ID,
      new AssociationNames("post", "posts", "approvedComment", "approvedComments"),
      Scope.where(CommentTable.COMMENT_TABLE.STATUS, Status.APPROVED));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public PostDao(DSLContext dsl) {
    super(dsl, PostTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public PostDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, PostTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "posts" set "title" = ?
   *   where "posts"."id" = ?
   *   returning "posts"."id", "posts"."title";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Post> update(Post row) {
    return super.update(row);
  }

  /**
   * Returns the comments of {@code post}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where "comments"."post_id" = ?
   *   order by "comments"."id";
   * }</pre>
   */
  public List<Comment> getComments(Post post) {
    return COMMENTS.get(reads(), post);
  }

  /**
   * Returns the comments of each of {@code posts} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its comments ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where "comments"."post_id" = any (?::int8[])
   *   order by "comments"."id";
   * }</pre>
   */
  public Map<Post, List<Comment>> getComments(Collection<Post> posts) {
    return COMMENTS.getAll(reads(), posts);
  }

  /**
   * Returns the comments of {@code post} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where ("comments"."post_id" = ? and <condition>)
   *   order by <order>, "comments"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Comment> getComments(Post post, Find find) {
    return COMMENTS.get(reads(), post, find);
  }

  /**
   * Returns the comments of each of {@code posts} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its comments ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the comments of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where ("comments"."post_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "comments"."id";
   * select "found"."id", "found"."body", "found"."status", "found"."post_id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "comments"."id", "comments"."body", "comments"."status",
   *       "comments"."post_id"
   *       from "comments"
   *       where ("comments"."post_id" = "parent"."id" and <condition>)
   *       order by <order>, "comments"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Post, List<Comment>> getComments(Collection<Post> posts, Find find) {
    return COMMENTS.getAll(reads(), posts, find);
  }

  /**
   * Returns the number of comments of {@code post}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where "comments"."post_id" = ?;
   * }</pre>
   */
  public long countComments(Post post) {
    return COMMENTS.count(reads(), post);
  }

  /**
   * Returns the number of comments of {@code post} that match {@code condition}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and <condition>);
   * }</pre>
   */
  public long countComments(Post post, Condition condition) {
    return COMMENTS.count(reads(), post, condition);
  }

  /**
   * Returns the number of comments of each of {@code posts}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."post_id", count(*)
   *   from "comments"
   *   where "comments"."post_id" = any (?::int8[])
   *   group by "comments"."post_id";
   * }</pre>
   */
  public Map<Post, Long> countComments(Collection<Post> posts) {
    return COMMENTS.countAll(reads(), posts);
  }

  /**
   * Returns the number of comments of each of {@code posts} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."post_id", count(*)
   *   from "comments"
   *   where ("comments"."post_id" = any (?::int8[]) and <condition>)
   *   group by "comments"."post_id";
   * }</pre>
   */
  public Map<Post, Long> countComments(Collection<Post> posts, Condition condition) {
    return COMMENTS.countAll(reads(), posts, condition);
  }

  /**
   * Inserts {@code comment} as one of the comments of {@code post} (its foreign key set to
   * post's id, whatever it held) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "comments" ("body", "status", "post_id")
   *   values (?, ?, ?)
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."post_id";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Comment createComment(Post post, Comment comment) {
    return COMMENTS.create(dsl(), post, comment);
  }

  /**
   * Links {@code comment} to {@code post}, moving it from any other Post. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addComment(Post post, Comment comment) {
    COMMENTS.add(dsl(), post, comment);
  }

  /**
   * Links each of {@code comments} to {@code post}, moving it from any other Post. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addComments(Post post, Collection<Comment> comments) {
    COMMENTS.addAll(dsl(), post, comments);
  }

  /**
   * Unlinks {@code comment}, if it is one of those linked to {@code post};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "post_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where ("comments"."post_id" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeComment(Post post, Comment comment) {
    COMMENTS.remove(dsl(), post, comment);
  }

  /**
   * Unlinks those of {@code comments} linked to {@code post};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "post_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where ("comments"."post_id" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeComments(Post post, Collection<Comment> comments) {
    COMMENTS.removeAll(dsl(), post, comments);
  }

  /**
   * Makes exactly {@code comments} the comments of {@code post}: the others are unlinked
   * (unlinking sets {@code "post_id"} to NULL), the given ones linked. One
   * transaction, which first locks post's row, so concurrent calls for one Post
   * run one after the other.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id"
   *   from "posts"
   *   where "posts"."id" = ?
   *   for no key update;
   * update "comments" set "post_id" = ?
   *   where ("comments"."post_id" = ? and "comments"."id" <> all (?::int8[]));
   * update "comments" set "post_id" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setComments(Post post, Collection<Comment> comments) {
    COMMENTS.set(dsl(), post, comments);
  }

  /**
   * Returns whether {@code comment} is linked to {@code post}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasComment(Post post, Comment comment) {
    return COMMENTS.has(reads(), post, comment);
  }

  /**
   * Returns whether every one of {@code comments} is linked to {@code post}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasComments(Post post, Collection<Comment> comments) {
    return COMMENTS.hasAll(reads(), post, comments);
  }

  /**
   * Returns the approvedComments of {@code post}, ordered by id; an empty list if it has none.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."status" = ?)
   *   order by "comments"."id";
   * }</pre>
   */
  public List<Comment> getApprovedComments(Post post) {
    return APPROVED_COMMENTS.get(reads(), post);
  }

  /**
   * Returns the approvedComments of each of {@code posts} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its approvedComments ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where ("comments"."post_id" = any (?::int8[]) and "comments"."status" = ?)
   *   order by "comments"."id";
   * }</pre>
   */
  public Map<Post, List<Comment>> getApprovedComments(Collection<Post> posts) {
    return APPROVED_COMMENTS.getAll(reads(), posts);
  }

  /**
   * Returns the approvedComments of {@code post} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."status" = ? and <condition>)
   *   order by <order>, "comments"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Comment> getApprovedComments(Post post, Find find) {
    return APPROVED_COMMENTS.get(reads(), post, find);
  }

  /**
   * Returns the approvedComments of each of {@code posts} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its approvedComments ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the approvedComments of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."post_id"
   *   from "comments"
   *   where ("comments"."post_id" = any (?::int8[]) and "comments"."status" = ? and <condition>)
   *   order by <order>, "comments"."id";
   * select "found"."id", "found"."body", "found"."status", "found"."post_id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "comments"."id", "comments"."body", "comments"."status",
   *       "comments"."post_id"
   *       from "comments"
   *       where ("comments"."post_id" = "parent"."id" and "comments"."status" = ? and <condition>)
   *       order by <order>, "comments"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Post, List<Comment>> getApprovedComments(Collection<Post> posts, Find find) {
    return APPROVED_COMMENTS.getAll(reads(), posts, find);
  }

  /**
   * Returns the number of approvedComments of {@code post}.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."status" = ?);
   * }</pre>
   */
  public long countApprovedComments(Post post) {
    return APPROVED_COMMENTS.count(reads(), post);
  }

  /**
   * Returns the number of approvedComments of {@code post} that match {@code condition}.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."status" = ? and <condition>);
   * }</pre>
   */
  public long countApprovedComments(Post post, Condition condition) {
    return APPROVED_COMMENTS.count(reads(), post, condition);
  }

  /**
   * Returns the number of approvedComments of each of {@code posts}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."post_id", count(*)
   *   from "comments"
   *   where ("comments"."post_id" = any (?::int8[]) and "comments"."status" = ?)
   *   group by "comments"."post_id";
   * }</pre>
   */
  public Map<Post, Long> countApprovedComments(Collection<Post> posts) {
    return APPROVED_COMMENTS.countAll(reads(), posts);
  }

  /**
   * Returns the number of approvedComments of each of {@code posts} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."post_id", count(*)
   *   from "comments"
   *   where ("comments"."post_id" = any (?::int8[]) and "comments"."status" = ? and <condition>)
   *   group by "comments"."post_id";
   * }</pre>
   */
  public Map<Post, Long> countApprovedComments(Collection<Post> posts, Condition condition) {
    return APPROVED_COMMENTS.countAll(reads(), posts, condition);
  }

  /**
   * Inserts {@code approvedComment} as one of the approvedComments of {@code post} (its foreign key set to
   * post's id, whatever it held) and returns it as stored.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "comments" ("body", "status", "post_id")
   *   values (?, ?, ?)
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."post_id";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Comment createApprovedComment(Post post, Comment approvedComment) {
    return APPROVED_COMMENTS.create(dsl(), post, approvedComment);
  }

  /**
   * Links {@code approvedComment} to {@code post}, moving it from any other Post. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?, "status" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addApprovedComment(Post post, Comment approvedComment) {
    APPROVED_COMMENTS.add(dsl(), post, approvedComment);
  }

  /**
   * Links each of {@code approvedComments} to {@code post}, moving it from any other Post. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?, "status" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addApprovedComments(Post post, Collection<Comment> approvedComments) {
    APPROVED_COMMENTS.addAll(dsl(), post, approvedComments);
  }

  /**
   * Unlinks {@code approvedComment}, if it is one of those linked to {@code post};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "post_id"} to NULL.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where ("comments"."post_id" = ? and "comments"."status" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeApprovedComment(Post post, Comment approvedComment) {
    APPROVED_COMMENTS.remove(dsl(), post, approvedComment);
  }

  /**
   * Unlinks those of {@code approvedComments} linked to {@code post};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "post_id"} to NULL.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "post_id" = ?
   *   where ("comments"."post_id" = ? and "comments"."status" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeApprovedComments(Post post, Collection<Comment> approvedComments) {
    APPROVED_COMMENTS.removeAll(dsl(), post, approvedComments);
  }

  /**
   * Makes exactly {@code approvedComments} the approvedComments of {@code post}: the others are unlinked
   * (unlinking sets {@code "post_id"} to NULL), the given ones linked. One
   * transaction, which first locks post's row, so concurrent calls for one Post
   * run one after the other.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id"
   *   from "posts"
   *   where "posts"."id" = ?
   *   for no key update;
   * update "comments" set "post_id" = ?
   *   where ("comments"."post_id" = ? and "comments"."status" = ? and "comments"."id" <> all (?::int8[]));
   * update "comments" set "post_id" = ?, "status" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setApprovedComments(Post post, Collection<Comment> approvedComments) {
    APPROVED_COMMENTS.set(dsl(), post, approvedComments);
  }

  /**
   * Returns whether {@code approvedComment} is linked to {@code post}.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."status" = ?);
   * }</pre>
   */
  public boolean hasApprovedComment(Post post, Comment approvedComment) {
    return APPROVED_COMMENTS.has(reads(), post, approvedComment);
  }

  /**
   * Returns whether every one of {@code approvedComments} is linked to {@code post}; {@code true} for an
   * empty collection.
   *
   * <p>A scoped association. Only {@code Comment} rows whose {@code status} is {@code APPROVED}
   * belong to it: reads and counts see no other, {@code remove} and {@code set} touch no other, and
   * {@code create} and {@code add} write {@code status} = {@code APPROVED} (a row holding another
   * value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."post_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."status" = ?);
   * }</pre>
   */
  public boolean hasApprovedComments(Post post, Collection<Comment> approvedComments) {
    return APPROVED_COMMENTS.hasAll(reads(), post, approvedComments);
  }
}
