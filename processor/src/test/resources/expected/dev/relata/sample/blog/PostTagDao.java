package dev.relata.sample.blog;

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
 * Reads and writes {@link PostTag} rows in table {@code "post_tags"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostTagDao extends EntityDao<PostTag, Long> {
  private static final BelongsToAssociation<PostTag, Long, Post, Long> POST = new BelongsToAssociation<>(
      PostTagTable.ENTITY,
      PostTable.ENTITY,
      PostTagTable.POST_TAG_TABLE.POST_ID,
      PostTag::postId,
      AssociationNames.toOne("postTag", "postTags", "post"));

  private static final BelongsToAssociation<PostTag, Long, Tag, Long> TAG = new BelongsToAssociation<>(
      PostTagTable.ENTITY,
      TagTable.ENTITY,
      PostTagTable.POST_TAG_TABLE.TAG_ID,
      PostTag::tagId,
      AssociationNames.toOne("postTag", "postTags", "tag"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public PostTagDao(DSLContext dsl) {
    super(dsl, PostTagTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public PostTagDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, PostTagTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "post_tags" set "post_id" = ?, "tag_id" = ?, "featured" = ?
   *   where "post_tags"."id" = ?
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<PostTag> update(PostTag row) {
    return super.update(row);
  }

  /**
   * Returns the post that {@code postTag}.postId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = ?;
   * }</pre>
   */
  public Optional<Post> getPost(PostTag postTag) {
    return POST.get(reads(), postTag);
  }

  /**
   * Returns the post of each of {@code postTags} in one statement, keyed in input order;
   * those whose postId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<PostTag, Post> getPost(Collection<PostTag> postTags) {
    return POST.getAll(reads(), postTags);
  }

  /**
   * Points {@code postTag} at {@code post} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "post_tags" set "post_id" = ?
   *   where "post_tags"."id" = ?
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code postTag} is not in the table
   */
  public PostTag setPost(PostTag postTag, Post post) {
    return POST.set(dsl(), postTag, post);
  }

  /**
   * Inserts {@code post}, points {@code postTag} at it and returns {@code postTag} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "posts" ("title", "content", "user_id")
   *   values (?, ?, ?)
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * update "post_tags" set "post_id" = ?
   *   where "post_tags"."id" = ?
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   */
  public PostTag createPost(PostTag postTag, Post post) {
    return POST.create(dsl(), postTag, post);
  }

  /**
   * Returns the tag that {@code postTag}.tagId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name"
   *   from "tags"
   *   where "tags"."id" = ?;
   * }</pre>
   */
  public Optional<Tag> getTag(PostTag postTag) {
    return TAG.get(reads(), postTag);
  }

  /**
   * Returns the tag of each of {@code postTags} in one statement, keyed in input order;
   * those whose tagId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id", "tags"."name"
   *   from "tags"
   *   where "tags"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<PostTag, Tag> getTag(Collection<PostTag> postTags) {
    return TAG.getAll(reads(), postTags);
  }

  /**
   * Points {@code postTag} at {@code tag} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "post_tags" set "tag_id" = ?
   *   where "post_tags"."id" = ?
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code postTag} is not in the table
   */
  public PostTag setTag(PostTag postTag, Tag tag) {
    return TAG.set(dsl(), postTag, tag);
  }

  /**
   * Inserts {@code tag}, points {@code postTag} at it and returns {@code postTag} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "tags" ("name")
   *   values (?)
   *   returning "tags"."id", "tags"."name";
   * update "post_tags" set "tag_id" = ?
   *   where "post_tags"."id" = ?
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   */
  public PostTag createTag(PostTag postTag, Tag tag) {
    return TAG.create(dsl(), postTag, tag);
  }
}
