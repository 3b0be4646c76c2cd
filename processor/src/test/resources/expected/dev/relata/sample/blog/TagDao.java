package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToManyAssociation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Tag} rows in table {@code "tags"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class TagDao extends EntityDao<Tag, Long> {
  private static final BelongsToManyAssociation<Tag, Long, Post, Long, PostTag> POSTS = new BelongsToManyAssociation<>(
      TagTable.ENTITY,
      PostTable.ENTITY,
      PostTagTable.ENTITY,
      PostTagTable.POST_TAG_TABLE.TAG_ID,
      PostTagTable.POST_TAG_TABLE.POST_ID,
      new AssociationNames("tag", "tags", "post", "posts"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public TagDao(DSLContext dsl) {
    super(dsl, TagTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public TagDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, TagTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "tags" set "name" = ?
   *   where "tags"."id" = ?
   *   returning "tags"."id", "tags"."name";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Tag> update(Tag row) {
    return super.update(row);
  }

  /**
   * Returns the posts of {@code tag}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."id" in (select "post_tags"."post_id"
   *       from "post_tags"
   *       where "post_tags"."tag_id" = ?)
   *   order by "posts"."id";
   * }</pre>
   */
  public List<Post> getPosts(Tag tag) {
    return POSTS.get(reads(), tag);
  }

  /**
   * Returns the posts of each of {@code tags} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its posts ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id", "post_tags"."tag_id"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where "post_tags"."tag_id" = any (?::int8[])
   *   order by "posts"."id";
   * }</pre>
   */
  public Map<Tag, List<Post>> getPosts(Collection<Tag> tags) {
    return POSTS.getAll(reads(), tags);
  }

  /**
   * Returns the posts of {@code tag} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   * Its condition and order may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where ("post_tags"."tag_id" = ? and <condition>)
   *   order by <order>, "posts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Post> getPosts(Tag tag, Find find) {
    return POSTS.get(reads(), tag, find);
  }

  /**
   * Returns the posts of each of {@code tags} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its posts ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   * Its condition and order may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the posts of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id", "post_tags"."tag_id"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where ("post_tags"."tag_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "posts"."id";
   * select "found"."id", "found"."title", "found"."content", "found"."user_id", "parent"."id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *       from "posts"
   *       join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *       where ("post_tags"."tag_id" = "parent"."id" and <condition>)
   *       order by <order>, "posts"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Tag, List<Post>> getPosts(Collection<Tag> tags, Find find) {
    return POSTS.getAll(reads(), tags, find);
  }

  /**
   * Returns the number of posts of {@code tag}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "post_tags"."post_id")
   *   from "post_tags"
   *   where "post_tags"."tag_id" = ?;
   * }</pre>
   */
  public long countPosts(Tag tag) {
    return POSTS.count(reads(), tag);
  }

  /**
   * Returns the number of posts of {@code tag} that match {@code condition}.
   * {@code condition} may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "posts"."id")
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where ("post_tags"."tag_id" = ? and <condition>);
   * }</pre>
   */
  public long countPosts(Tag tag, Condition condition) {
    return POSTS.count(reads(), tag, condition);
  }

  /**
   * Returns the number of posts of each of {@code tags}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "post_tags"."tag_id", count(distinct "posts"."id")
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where "post_tags"."tag_id" = any (?::int8[])
   *   group by "post_tags"."tag_id";
   * }</pre>
   */
  public Map<Tag, Long> countPosts(Collection<Tag> tags) {
    return POSTS.countAll(reads(), tags);
  }

  /**
   * Returns the number of posts of each of {@code tags} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   * {@code condition} may use the fields of the join table, {@code PostTag}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select "post_tags"."tag_id", count(distinct "posts"."id")
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where ("post_tags"."tag_id" = any (?::int8[]) and <condition>)
   *   group by "post_tags"."tag_id";
   * }</pre>
   */
  public Map<Tag, Long> countPosts(Collection<Tag> tags, Condition condition) {
    return POSTS.countAll(reads(), tags, condition);
  }

  /**
   * Inserts {@code post} and links it to {@code tag}, in one transaction, and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "posts" ("title", "content", "user_id")
   *   values (?, ?, ?)
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * insert into "post_tags" ("tag_id", "post_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."tag_id" = ? and "existing"."post_id" = "x"."id")
   *   where "existing"."post_id" is null
   *   on conflict do nothing;
   * }</pre>
   */
  public Post createPost(Tag tag, Post post) {
    return POSTS.create(dsl(), tag, post);
  }

  /**
   * Links {@code post} to {@code tag}; a pair already linked stays one link.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "post_tags" ("tag_id", "post_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."tag_id" = ? and "existing"."post_id" = "x"."id")
   *   where "existing"."post_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addPost(Tag tag, Post post) {
    POSTS.add(dsl(), tag, post);
  }

  /**
   * Links each of {@code posts} to {@code tag}; a pair already linked stays one link. An empty
   * collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "post_tags" ("tag_id", "post_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."tag_id" = ? and "existing"."post_id" = "x"."id")
   *   where "existing"."post_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addPosts(Tag tag, Collection<Post> posts) {
    POSTS.addAll(dsl(), tag, posts);
  }

  /**
   * Unlinks {@code post}, if it is one of those linked to {@code tag}: deletes the join rows, never a Post.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "post_tags"
   *   where ("post_tags"."tag_id" = ? and "post_tags"."post_id" = any (?::int8[]));
   * }</pre>
   */
  public void removePost(Tag tag, Post post) {
    POSTS.remove(dsl(), tag, post);
  }

  /**
   * Unlinks those of {@code posts} linked to {@code tag}: deletes the join rows, never a Post.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "post_tags"
   *   where ("post_tags"."tag_id" = ? and "post_tags"."post_id" = any (?::int8[]));
   * }</pre>
   */
  public void removePosts(Tag tag, Collection<Post> posts) {
    POSTS.removeAll(dsl(), tag, posts);
  }

  /**
   * Makes exactly {@code posts} the posts of {@code tag}: other links are deleted, missing
   * ones inserted. One transaction, which first locks tag's row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "tags"."id"
   *   from "tags"
   *   where "tags"."id" = ?
   *   for no key update;
   * delete from "post_tags"
   *   where ("post_tags"."tag_id" = ? and "post_tags"."post_id" <> all (?::int8[]));
   * insert into "post_tags" ("tag_id", "post_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "post_tags" as "existing" on ("existing"."tag_id" = ? and "existing"."post_id" = "x"."id")
   *   where "existing"."post_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setPosts(Tag tag, Collection<Post> posts) {
    POSTS.set(dsl(), tag, posts);
  }

  /**
   * Returns whether {@code post} is linked to {@code tag}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "post_tags"."post_id")
   *   from "post_tags"
   *   where ("post_tags"."tag_id" = ? and "post_tags"."post_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasPost(Tag tag, Post post) {
    return POSTS.has(reads(), tag, post);
  }

  /**
   * Returns whether every one of {@code posts} is linked to {@code tag}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "post_tags"."post_id")
   *   from "post_tags"
   *   where ("post_tags"."tag_id" = ? and "post_tags"."post_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasPosts(Tag tag, Collection<Post> posts) {
    return POSTS.hasAll(reads(), tag, posts);
  }

  /**
   * Links {@code post} to {@code tag} with {@code link}'s own components and returns the link as
   * stored: one statement that inserts the PostTag into {@code "post_tags"} with {@code link}'s
   * components but its id and its keys, which are those of the two rows. Where the pair is linked
   * already, the same statement updates its link's components instead ({@code on conflict} on the
   * pair's unique constraint, so that concurrent adds of one pair leave one link, with the last
   * one's components). Where the link holds those values already, nothing is written and a second
   * statement reads it.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "post_tags" ("tag_id", "post_id", "featured")
   *   values (?, ?, ?)
   *   on conflict ("tag_id", "post_id") do update set "featured" = excluded."featured"
   *   returning "post_tags"."id", "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured";
   * }</pre>
   *
   * @param link the link's components; its tagId and postId must be {@code null} or the ids of
   *     {@code tag} and {@code post}
   * @throws IllegalArgumentException if {@code tag} or {@code post} has a {@code null} id (not stored
   *     yet), or a key of {@code link} is another id; no statement runs then
   */
  public PostTag addPost(Tag tag, Post post, PostTag link) {
    return POSTS.addLink(dsl(), tag, post, link);
  }

  /**
   * Returns the posts of {@code tag}, each with the PostTag that links it (a row of
   * {@code "post_tags"}), ordered by Post id. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id", "post_tags"."id",
   *     "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where "post_tags"."tag_id" = ?
   *   order by "posts"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code tag} has a {@code null} id (not stored yet)
   */
  public List<Linked<Post, PostTag>> getPostLinks(Tag tag) {
    return POSTS.getLinks(reads(), tag);
  }

  /**
   * Returns the posts of each of {@code tags}, each with the PostTag that links it (a row of
   * {@code "post_tags"}), ordered by Post id. Every one of them is a key, in input order (duplicates
   * collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id", "post_tags"."id",
   *     "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where "post_tags"."tag_id" = any (?::int8[])
   *   order by "posts"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code tags} has a {@code null} id (not stored yet)
   */
  public Map<Tag, List<Linked<Post, PostTag>>> getPostLinks(Collection<Tag> tags) {
    return POSTS.getAllLinks(reads(), tags);
  }

  /**
   * Returns the posts of {@code tag} that {@code find} selects, each with the PostTag that links it
   * (a row of {@code "post_tags"}), ordered by {@code find}'s fields, then by Post id, with its
   * limit and offset. Its condition and order may use the fields of {@code "posts"} and of
   * {@code "post_tags"}. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id", "post_tags"."id",
   *     "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where ("post_tags"."tag_id" = ? and <condition>)
   *   order by <order>, "posts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code tag} has a {@code null} id (not stored yet)
   */
  public List<Linked<Post, PostTag>> getPostLinks(Tag tag, Find find) {
    return POSTS.getLinks(reads(), tag, find);
  }

  /**
   * Returns the posts of each of {@code tags} that {@code find} selects, each with the PostTag that
   * links it (a row of {@code "post_tags"}), ordered by {@code find}'s fields, then by Post id, with
   * its limit and offset applied to each list. Its condition and order may use the fields of
   * {@code "posts"} and of {@code "post_tags"}. Every one of them is a key, in input order
   * (duplicates collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids, or, with a limit or offset, a lateral subquery per Tag over
   * {@code unnest(?)}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id", "post_tags"."id",
   *     "post_tags"."post_id", "post_tags"."tag_id", "post_tags"."featured"
   *   from "posts"
   *   join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *   where ("post_tags"."tag_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "posts"."id";
   * select "found"."c1", "found"."c2", "found"."c3", "found"."c4", "found"."c5", "found"."c6",
   *     "found"."c7", "found"."c8"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "posts"."id" as "c1", "posts"."title" as "c2",
   *       "posts"."content" as "c3", "posts"."user_id" as "c4", "post_tags"."id" as "c5",
   *       "post_tags"."post_id" as "c6", "post_tags"."tag_id" as "c7", "post_tags"."featured" as "c8"
   *       from "posts"
   *       join "post_tags" on "post_tags"."post_id" = "posts"."id"
   *       where ("post_tags"."tag_id" = "parent"."id" and <condition>)
   *       order by <order>, "posts"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code tags} has a {@code null} id (not stored yet)
   */
  public Map<Tag, List<Linked<Post, PostTag>>> getPostLinks(Collection<Tag> tags, Find find) {
    return POSTS.getAllLinks(reads(), tags, find);
  }
}
