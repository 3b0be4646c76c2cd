package dev.relata.sample.blog;

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
 * Reads and writes {@link Video} rows in table {@code "videos"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class VideoDao extends EntityDao<Video, Long> {
  private static final HasManyAssociation<Video, Long, Comment, Long> COMMENTS = new HasManyAssociation<>(
      VideoTable.ENTITY,
      CommentTable.ENTITY,
      CommentTable.COMMENT_TABLE.COMMENTABLE_ID,
      new AssociationNames("video", "videos", "comment", "comments"),
      Scope.key(CommentTable.COMMENT_TABLE.COMMENTABLE_TYPE, "Video"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public VideoDao(DSLContext dsl) {
    super(dsl, VideoTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public VideoDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, VideoTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "videos" set "title" = ?
   *   where "videos"."id" = ?
   *   returning "videos"."id", "videos"."title";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Video> update(Video row) {
    return super.update(row);
  }

  /**
   * Returns the comments of {@code video}, ordered by id; an empty list if it has none.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public List<Comment> getComments(Video video) {
    return COMMENTS.get(reads(), video);
  }

  /**
   * Returns the comments of each of {@code videos} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its comments ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public Map<Video, List<Comment>> getComments(Collection<Video> videos) {
    return COMMENTS.getAll(reads(), videos);
  }

  /**
   * Returns the comments of {@code video} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public List<Comment> getComments(Video video, Find find) {
    return COMMENTS.get(reads(), video, find);
  }

  /**
   * Returns the comments of each of {@code videos} that {@code find} selects, in one statement
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
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public Map<Video, List<Comment>> getComments(Collection<Video> videos, Find find) {
    return COMMENTS.getAll(reads(), videos, find);
  }

  /**
   * Returns the number of comments of {@code video}.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ?);
   * }</pre>
   */
  public long countComments(Video video) {
    return COMMENTS.count(reads(), video);
  }

  /**
   * Returns the number of comments of {@code video} that match {@code condition}.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and <condition>);
   * }</pre>
   */
  public long countComments(Video video, Condition condition) {
    return COMMENTS.count(reads(), video, condition);
  }

  /**
   * Returns the number of comments of each of {@code videos}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public Map<Video, Long> countComments(Collection<Video> videos) {
    return COMMENTS.countAll(reads(), videos);
  }

  /**
   * Returns the number of comments of each of {@code videos} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public Map<Video, Long> countComments(Collection<Video> videos, Condition condition) {
    return COMMENTS.countAll(reads(), videos, condition);
  }

  /**
   * Inserts {@code comment} as one of the comments of {@code video} (its foreign key set to
   * video's id, whatever it held) and returns it as stored.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public Comment createComment(Video video, Comment comment) {
    return COMMENTS.create(dsl(), video, comment);
  }

  /**
   * Links {@code comment} to {@code video}, moving it from any other Video. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public void addComment(Video video, Comment comment) {
    COMMENTS.add(dsl(), video, comment);
  }

  /**
   * Links each of {@code comments} to {@code video}, moving it from any other Video. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
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
  public void addComments(Video video, Collection<Comment> comments) {
    COMMENTS.addAll(dsl(), video, comments);
  }

  /**
   * Unlinks {@code comment}, if it is one of those linked to {@code video};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "commentable_id"} to NULL.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeComment(Video video, Comment comment) {
    COMMENTS.remove(dsl(), video, comment);
  }

  /**
   * Unlinks those of {@code comments} linked to {@code video};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "commentable_id"} to NULL.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removeComments(Video video, Collection<Comment> comments) {
    COMMENTS.removeAll(dsl(), video, comments);
  }

  /**
   * Makes exactly {@code comments} the comments of {@code video}: the others are unlinked
   * (unlinking sets {@code "commentable_id"} to NULL), the given ones linked. One
   * transaction, which first locks video's row, so concurrent calls for one Video
   * run one after the other.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "videos"."id"
   *   from "videos"
   *   where "videos"."id" = ?
   *   for no key update;
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where ("comments"."commentable_id" = ? and "comments"."commentable_type" = ? and "comments"."id" <> all (?::int8[]));
   * update "comments" set "commentable_id" = ?, "commentable_type" = ?
   *   where "comments"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setComments(Video video, Collection<Comment> comments) {
    COMMENTS.set(dsl(), video, comments);
  }

  /**
   * Returns whether {@code comment} is linked to {@code video}.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."commentable_type" = ?);
   * }</pre>
   */
  public boolean hasComment(Video video, Comment comment) {
    return COMMENTS.has(reads(), video, comment);
  }

  /**
   * Returns whether every one of {@code comments} is linked to {@code video}; {@code true} for an
   * empty collection.
   *
   * <p>A polymorphic key: {@code commentableId} holds ids of several tables, and {@code
   * commentableType} says which, so only {@code Comment} rows whose {@code commentableType} is
   * {@code "Video"} are this Video's (each statement below also tests or writes {@code
   * commentableType} where it does {@code commentableId}). {@code create} and {@code add} write
   * {@code commentableType} = {@code "Video"} with {@code commentableId} (a row of another parent is
   * moved here, not refused), and unlinking sets both to {@code null}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "comments"
   *   where ("comments"."commentable_id" = ? and "comments"."id" = any (?::int8[]) and "comments"."commentable_type" = ?);
   * }</pre>
   */
  public boolean hasComments(Video video, Collection<Comment> comments) {
    return COMMENTS.hasAll(reads(), video, comments);
  }
}
