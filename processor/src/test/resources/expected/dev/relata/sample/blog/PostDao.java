package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToAssociation;
import dev.relata.runtime.internal.BelongsToManyAssociation;
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
      CommentTable.COMMENT_TABLE.COMMENTABLE_ID,
      new AssociationNames("post", "posts", "comment", "comments"),
      Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post"));

  private static final HasManyAssociation<Post, Long, Comment, Long> APPROVED_COMMENTS = new HasManyAssociation<>(
      PostTable.ENTITY,
      CommentTable.ENTITY,
      CommentTable.COMMENT_TABLE.COMMENTABLE_ID,
      new AssociationNames("post", "posts", "approvedComment", "approvedComments"),
      Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Post").and(CommentTable.COMMENT_TABLE.STATUS, Status.APPROVED));

  private static final BelongsToAssociation<Post, Long, User, Long> USER = new BelongsToAssociation<>(
      PostTable.ENTITY,
      UserTable.ENTITY,
      PostTable.POST_TABLE.USER_ID,
      Post::userId,
      AssociationNames.toOne("post", "posts", "user"));

  private static final BelongsToManyAssociation<Post, Long, Tag, Long, PostTag> TAGS = new BelongsToManyAssociation<>(
      PostTable.ENTITY,
      TagTable.ENTITY,
      PostTagTable.ENTITY,
      PostTagTable.POST_TAG_TABLE.POST_ID,
      PostTagTable.POST_TAG_TABLE.TAG_ID,
      new AssociationNames("post", "posts", "tag", "tags"));

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
   * update "posts" set "title" = ?, "content" = ?, "user_id" = ?
   *   where "posts"."id" = ?
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ?)
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ?)
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and <condition>)
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ? and <condition>)
   *   order by <order>, "comments"."id";
   * select "found"."id", "found"."body", "found"."status", "found"."commentable_id",
   *     "found"."commentable_type"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "comments"."id", "comments"."body", "comments"."status",
   *       "comments"."commentable_id", "comments"."commentable_type"
   *       from "comments"
   *       where ("comments"."commentable_id" = "parent"."id" and "comments"."commentable_type" = ? and <condition>)
   *       order by <order>, "comments"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Post, List<Comment>> getComments(Collection<Post> posts, Find find) {
    return COMMENTS.getAll(reads(), posts, find);
  }

  /**
   * Returns the number of comments of {@code post}.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ?);
   * }</pre>
   */
  public long countComments(Post post) {
    return COMMENTS.count(reads(), post);
  }

  /**
   * Returns the number of comments of {@code post} that match {@code condition}.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and <condition>);
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."commentable_id", count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ?)
   *   group by "comments"."commentable_id";
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."commentable_id", count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ? and <condition>)
   *   group by "comments"."commentable_id";
   * }</pre>
   */
  public Map<Post, Long> countComments(Collection<Post> posts, Condition condition) {
    return COMMENTS.countAll(reads(), posts, condition);
  }

  /**
   * Inserts {@code comment} as one of the comments of {@code post} (its foreign key set to
   * post's id, whatever it held) and returns it as stored.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "comments" ("body", "status", "commentable_id", "commentable_type")
   *   values (?, ?, ?, ?)
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
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
   * sets {@code "commentable_id"} to NULL.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeComment(Post post, Comment comment) {
    COMMENTS.remove(dsl(), post, comment);
  }

  /**
   * Unlinks those of {@code comments} linked to {@code post};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "commentable_id"} to NULL.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeComments(Post post, Collection<Comment> comments) {
    COMMENTS.removeAll(dsl(), post, comments);
  }

  /**
   * Makes exactly {@code comments} the comments of {@code post}: the others are unlinked
   * (unlinking sets {@code "commentable_id"} to NULL), the given ones linked. One
   * transaction, which first locks post's row, so concurrent calls for one Post
   * run one after the other.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id"
   *   from "posts"
   *   where "posts"."id" = ?
   *   for no key update;
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."id" <> all (?::int8[]));
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
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
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."commentable_type" = ?);
   * }</pre>
   */
  public boolean hasComment(Post post, Comment comment) {
    return COMMENTS.has(reads(), post, comment);
  }

  /**
   * Returns whether every one of {@code comments} is linked to {@code post}; {@code true} for an
   * empty collection.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Post"} are this Post's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."commentable_type" = ?);
   * }</pre>
   */
  public boolean hasComments(Post post, Collection<Comment> comments) {
    return COMMENTS.hasAll(reads(), post, comments);
  }

  /**
   * Returns the approvedComments of {@code post}, ordered by id; an empty list if it has none.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ?)
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ? and "comments"."status" = ?)
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ? and <condition>)
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *     "comments"."commentable_type"
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ? and "comments"."status" = ? and <condition>)
   *   order by <order>, "comments"."id";
   * select "found"."id", "found"."body", "found"."status", "found"."commentable_id",
   *     "found"."commentable_type"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "comments"."id", "comments"."body", "comments"."status",
   *       "comments"."commentable_id", "comments"."commentable_type"
   *       from "comments"
   *       where ("comments"."commentable_id" = "parent"."id" and "comments"."commentable_type" = ? and "comments"."status" = ? and <condition>)
   *       order by <order>, "comments"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Post, List<Comment>> getApprovedComments(Collection<Post> posts, Find find) {
    return APPROVED_COMMENTS.getAll(reads(), posts, find);
  }

  /**
   * Returns the number of approvedComments of {@code post}.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ?);
   * }</pre>
   */
  public long countApprovedComments(Post post) {
    return APPROVED_COMMENTS.count(reads(), post);
  }

  /**
   * Returns the number of approvedComments of {@code post} that match {@code condition}.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ? and <condition>);
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."commentable_id", count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ? and "comments"."status" = ?)
   *   group by "comments"."commentable_id";
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "comments"."commentable_id", count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = any (?::int8[]) and "comments"."commentable_type" = ? and "comments"."status" = ? and <condition>)
   *   group by "comments"."commentable_id";
   * }</pre>
   */
  public Map<Post, Long> countApprovedComments(Collection<Post> posts, Condition condition) {
    return APPROVED_COMMENTS.countAll(reads(), posts, condition);
  }

  /**
   * Inserts {@code approvedComment} as one of the approvedComments of {@code post} (its foreign key set to
   * post's id, whatever it held) and returns it as stored.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "comments" ("body", "status", "commentable_id", "commentable_type")
   *   values (?, ?, ?, ?)
   *   returning "comments"."id", "comments"."body", "comments"."status", "comments"."commentable_id",
   *       "comments"."commentable_type";
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?, "status" = ?
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?, "status" = ?
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
   * sets {@code "commentable_id"} to NULL.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeApprovedComment(Post post, Comment approvedComment) {
    APPROVED_COMMENTS.remove(dsl(), post, approvedComment);
  }

  /**
   * Unlinks those of {@code approvedComments} linked to {@code post};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "commentable_id"} to NULL.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeApprovedComments(Post post, Collection<Comment> approvedComments) {
    APPROVED_COMMENTS.removeAll(dsl(), post, approvedComments);
  }

  /**
   * Makes exactly {@code approvedComments} the approvedComments of {@code post}: the others are unlinked
   * (unlinking sets {@code "commentable_id"} to NULL), the given ones linked. One
   * transaction, which first locks post's row, so concurrent calls for one Post
   * run one after the other.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id"
   *   from "posts"
   *   where "posts"."id" = ?
   *   for no key update;
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."status" = ? and "comments"."id" <> all (?::int8[]));
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?, "status" = ?
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
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."commentable_type" = ? and "comments"."status" = ?);
   * }</pre>
   */
  public boolean hasApprovedComment(Post post, Comment approvedComment) {
    return APPROVED_COMMENTS.has(reads(), post, approvedComment);
  }

  /**
   * Returns whether every one of {@code approvedComments} is linked to {@code post}; {@code true} for an
   * empty collection.
   *
   * <p>A scoped association. A polymorphic key: {@code commentableId} holds ids of several tables,
   * and {@code commentableType} says which, so only {@code Comment} rows whose {@code
   * commentableType} is {@code "Post"} are this Post's (each statement below also tests or writes
   * {@code commentableType} where it does {@code commentableId}). {@code create} and {@code add}
   * write {@code commentableType} = {@code "Post"} with {@code commentableId} (a row of another
   * parent is moved here, not refused), and unlinking sets both to {@code null}. Only {@code
   * Comment} rows whose {@code status} is {@code APPROVED} belong to it: reads and counts see no
   * other, {@code remove} and {@code set} touch no other, and {@code create} and {@code add} write
   * {@code status} = {@code APPROVED} (a row holding another value there is refused: {@code
   * IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."commentable_type" = ? and "comments"."status" = ?);
   * }</pre>
   */
  public boolean hasApprovedComments(Post post, Collection<Comment> approvedComments) {
    return APPROVED_COMMENTS.hasAll(reads(), post, approvedComments);
  }

  /**
   * Returns the user that {@code post}.userId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where "users"."id" = ?;
   * }</pre>
   */
  public Optional<User> getUser(Post post) {
    return USER.get(reads(), post);
  }

  /**
   * Returns the user of each of {@code posts} in one statement, keyed in input order;
   * those whose userId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where "users"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Post, User> getUser(Collection<Post> posts) {
    return USER.getAll(reads(), posts);
  }

  /**
   * Points {@code post} at {@code user} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "posts" set "user_id" = ?
   *   where "posts"."id" = ?
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code post} is not in the table
   */
  public Post setUser(Post post, User user) {
    return USER.set(dsl(), post, user);
  }

  /**
   * Inserts {@code user}, points {@code post} at it and returns {@code post} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "users" ("name")
   *   values (?)
   *   returning "users"."id", "users"."name";
   * update "posts" set "user_id" = ?
   *   where "posts"."id" = ?
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * }</pre>
   */
  public Post createUser(Post post, User user) {
    return USER.create(dsl(), post, user);
  }

  /**
   * Returns the tags of {@code post}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name"
   *   from "tags"
   *   where "tags"."id" in (select "post_tags"."tag_id"
   *       from "post_tags"
   *       where "post_tags"."post_id" = ?)
   *   order by "tags"."id";
   * }</pre>
   */
  public List<Tag> getTags(Post post) {
    return TAGS.get(reads(), post);
  }

  /**
   * Returns the tags of each of {@code posts} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its tags ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name", "post_tags"."post_id"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where "post_tags"."post_id" = any (?::int8[])
   *   order by "tags"."id";
   * }</pre>
   */
  public Map<Post, List<Tag>> getTags(Collection<Post> posts) {
    return TAGS.getAll(reads(), posts);
  }

  /**
   * Returns the tags of {@code post} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   * Its condition and order may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where ("post_tags"."post_id" = ? and <condition>)
   *   order by <order>, "tags"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Tag> getTags(Post post, Find find) {
    return TAGS.get(reads(), post, find);
  }

  /**
   * Returns the tags of each of {@code posts} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its tags ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   * Its condition and order may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the tags of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name", "post_tags"."post_id"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where ("post_tags"."post_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "tags"."id";
   * select "found"."id", "found"."name", "parent"."id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "tags"."id", "tags"."name"
   *       from "tags"
   *       join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *       where ("post_tags"."post_id" = "parent"."id" and <condition>)
   *       order by <order>, "tags"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Post, List<Tag>> getTags(Collection<Post> posts, Find find) {
    return TAGS.getAll(reads(), posts, find);
  }

  /**
   * Returns the number of tags of {@code post}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "post_tags"."tag_id")
   *   from "post_tags"
   *   where "post_tags"."post_id" = ?;
   * }</pre>
   */
  public long countTags(Post post) {
    return TAGS.count(reads(), post);
  }

  /**
   * Returns the number of tags of {@code post} that match {@code condition}.
   * {@code condition} may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "tags"."id")
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where ("post_tags"."post_id" = ? and <condition>);
   * }</pre>
   */
  public long countTags(Post post, Condition condition) {
    return TAGS.count(reads(), post, condition);
  }

  /**
   * Returns the number of tags of each of {@code posts}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "post_tags"."post_id", count(distinct "tags"."id")
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where "post_tags"."post_id" = any (?::int8[])
   *   group by "post_tags"."post_id";
   * }</pre>
   */
  public Map<Post, Long> countTags(Collection<Post> posts) {
    return TAGS.countAll(reads(), posts);
  }

  /**
   * Returns the number of tags of each of {@code posts} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   * {@code condition} may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select "post_tags"."post_id", count(distinct "tags"."id")
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where ("post_tags"."post_id" = any (?::int8[]) and <condition>)
   *   group by "post_tags"."post_id";
   * }</pre>
   */
  public Map<Post, Long> countTags(Collection<Post> posts, Condition condition) {
    return TAGS.countAll(reads(), posts, condition);
  }

  /**
   * Inserts {@code tag} and links it to {@code post}, in one transaction, and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "tags" ("name")
   *   values (?)
   *   returning "tags"."id", "tags"."name";
   * insert into "post_tags" ("post_id", "tag_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."post_id" = ? and "existing"."tag_id" = "x"."id")
   *   where "existing"."tag_id" is null
   *   on conflict do nothing;
   * }</pre>
   */
  public Tag createTag(Post post, Tag tag) {
    return TAGS.create(dsl(), post, tag);
  }

  /**
   * Links {@code tag} to {@code post}; a pair already linked stays one link.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "post_tags" ("post_id", "tag_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."post_id" = ? and "existing"."tag_id" = "x"."id")
   *   where "existing"."tag_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addTag(Post post, Tag tag) {
    TAGS.add(dsl(), post, tag);
  }

  /**
   * Links each of {@code tags} to {@code post}; a pair already linked stays one link. An empty
   * collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "post_tags" ("post_id", "tag_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."post_id" = ? and "existing"."tag_id" = "x"."id")
   *   where "existing"."tag_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addTags(Post post, Collection<Tag> tags) {
    TAGS.addAll(dsl(), post, tags);
  }

  /**
   * Unlinks {@code tag}, if it is one of those linked to {@code post}: deletes the join rows, never a Tag.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "post_tags"
   *   where ("post_tags"."post_id" = ? and "post_tags"."tag_id" = any (?::int8[]));
   * }</pre>
   */
  public void removeTag(Post post, Tag tag) {
    TAGS.remove(dsl(), post, tag);
  }

  /**
   * Unlinks those of {@code tags} linked to {@code post}: deletes the join rows, never a Tag.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "post_tags"
   *   where ("post_tags"."post_id" = ? and "post_tags"."tag_id" = any (?::int8[]));
   * }</pre>
   */
  public void removeTags(Post post, Collection<Tag> tags) {
    TAGS.removeAll(dsl(), post, tags);
  }

  /**
   * Makes exactly {@code tags} the tags of {@code post}: other links are deleted, missing
   * ones inserted. One transaction, which first locks post's row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id"
   *   from "posts"
   *   where "posts"."id" = ?
   *   for no key update;
   * delete from "post_tags"
   *   where ("post_tags"."post_id" = ? and "post_tags"."tag_id" <> all (?::int8[]));
   * insert into "post_tags" ("post_id", "tag_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."post_id" = ? and "existing"."tag_id" = "x"."id")
   *   where "existing"."tag_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setTags(Post post, Collection<Tag> tags) {
    TAGS.set(dsl(), post, tags);
  }

  /**
   * Returns whether {@code tag} is linked to {@code post}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "post_tags"."tag_id")
   *   from "post_tags"
   *   where ("post_tags"."post_id" = ? and "post_tags"."tag_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasTag(Post post, Tag tag) {
    return TAGS.has(reads(), post, tag);
  }

  /**
   * Returns whether every one of {@code tags} is linked to {@code post}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "post_tags"."tag_id")
   *   from "post_tags"
   *   where ("post_tags"."post_id" = ? and "post_tags"."tag_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasTags(Post post, Collection<Tag> tags) {
    return TAGS.hasAll(reads(), post, tags);
  }

  /**
   * Links {@code tag} to {@code post} with {@code link}'s own components and returns the link as
   * stored: one statement that inserts the PostTag into {@code "post_tags"} with {@code link}'s
   * components but its id and its keys, which are those of the two rows. Where the pair is linked
   * already, the same statement updates its link's components instead ({@code on conflict} on the
   * pair's unique constraint, so that concurrent adds of one pair leave one link, with the last
   * one's components). Where the link holds those values already, nothing is written and a second
   * statement reads it.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "post_tags" ("post_id", "tag_id", "featured")
   *   values (?, ?, ?)
   *   on conflict ("post_id", "tag_id") do update set "featured" = excluded."featured"
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   *
   * @param link the link's components; its postId and tagId must be {@code null} or the ids of
   *     {@code post} and {@code tag}
   * @throws IllegalArgumentException if {@code post} or {@code tag} has a {@code null} id (not stored
   *     yet), or a key of {@code link} is another id; no statement runs then
   */
  public PostTag addTag(Post post, Tag tag, PostTag link) {
    return TAGS.addLink(dsl(), post, tag, link);
  }

  /**
   * Returns the tags of {@code post}, each with the PostTag that links it (a row of
   * {@code "post_tags"}), ordered by Tag id. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name", "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id",
   *     "post_tags"."featured"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where "post_tags"."post_id" = ?
   *   order by "tags"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code post} has a {@code null} id (not stored yet)
   */
  public List<Linked<Tag, PostTag>> getTagLinks(Post post) {
    return TAGS.getLinks(reads(), post);
  }

  /**
   * Returns the tags of each of {@code posts}, each with the PostTag that links it (a row of
   * {@code "post_tags"}), ordered by Tag id. Every one of them is a key, in input order (duplicates
   * collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name", "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id",
   *     "post_tags"."featured"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where "post_tags"."post_id" = any (?::int8[])
   *   order by "tags"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code posts} has a {@code null} id (not stored yet)
   */
  public Map<Post, List<Linked<Tag, PostTag>>> getTagLinks(Collection<Post> posts) {
    return TAGS.getAllLinks(reads(), posts);
  }

  /**
   * Returns the tags of {@code post} that {@code find} selects, each with the PostTag that links it
   * (a row of {@code "post_tags"}), ordered by {@code find}'s fields, then by Tag id, with its limit
   * and offset. Its condition and order may use the fields of {@code "tags"} and of
   * {@code "post_tags"}. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name", "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id",
   *     "post_tags"."featured"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where ("post_tags"."post_id" = ? and <condition>)
   *   order by <order>, "tags"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code post} has a {@code null} id (not stored yet)
   */
  public List<Linked<Tag, PostTag>> getTagLinks(Post post, Find find) {
    return TAGS.getLinks(reads(), post, find);
  }

  /**
   * Returns the tags of each of {@code posts} that {@code find} selects, each with the PostTag that
   * links it (a row of {@code "post_tags"}), ordered by {@code find}'s fields, then by Tag id, with
   * its limit and offset applied to each list. Its condition and order may use the fields of
   * {@code "tags"} and of {@code "post_tags"}. Every one of them is a key, in input order
   * (duplicates collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids, or, with a limit or offset, a lateral subquery per Post over
   * {@code unnest(?)}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name", "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id",
   *     "post_tags"."featured"
   *   from "tags"
   *   join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *   where ("post_tags"."post_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "tags"."id";
   * select "found"."c1", "found"."c2", "found"."c3", "found"."c4", "found"."c5", "found"."c6"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "tags"."id" as "c1", "tags"."name" as "c2", "post_tags"."id" as "c3",
   *       "post_tags"."post_id" as "c4", "post_tags"."tag_id" as "c5", "post_tags"."featured" as "c6"
   *       from "tags"
   *       join "post_tags" on "post_tags"."tag_id" = "tags"."id"
   *       where ("post_tags"."post_id" = "parent"."id" and <condition>)
   *       order by <order>, "tags"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code posts} has a {@code null} id (not stored yet)
   */
  public Map<Post, List<Linked<Tag, PostTag>>> getTagLinks(Collection<Post> posts, Find find) {
    return TAGS.getAllLinks(reads(), posts, find);
  }
}
