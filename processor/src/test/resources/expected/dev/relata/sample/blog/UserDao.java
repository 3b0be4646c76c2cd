package dev.relata.sample.blog;

import dev.relata.Find;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.HasManyAssociation;
import dev.relata.runtime.internal.HasOneAssociation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link User} rows in table {@code "users"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class UserDao extends EntityDao<User, Long> {
  private static final HasManyAssociation<User, Long, Post, Long> POSTS = new HasManyAssociation<>(
      UserTable.ENTITY,
      PostTable.ENTITY,
      PostTable.POST_TABLE.USER_ID,
      new AssociationNames("user", "users", "post", "posts"));

  private static final HasOneAssociation<User, Long, Profile, Long> PROFILE = new HasOneAssociation<>(
      UserTable.ENTITY,
      ProfileTable.ENTITY,
      ProfileTable.PROFILE_TABLE.USER_ID,
      AssociationNames.toOne("user", "users", "profile"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public UserDao(DSLContext dsl) {
    super(dsl, UserTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public UserDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, UserTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "users" set "name" = ?
   *   where "users"."id" = ?
   *   returning "users"."id", "users"."name";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<User> update(User row) {
    return super.update(row);
  }

  /**
   * Returns the posts of {@code user}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."user_id" = ?
   *   order by "posts"."id";
   * }</pre>
   */
  public List<Post> getPosts(User user) {
    return POSTS.get(reads(), user);
  }

  /**
   * Returns the posts of each of {@code users} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its posts ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where "posts"."user_id" = any (?::int8[])
   *   order by "posts"."id";
   * }</pre>
   */
  public Map<User, List<Post>> getPosts(Collection<User> users) {
    return POSTS.getAll(reads(), users);
  }

  /**
   * Returns the posts of {@code user} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where ("posts"."user_id" = ? and <condition>)
   *   order by <order>, "posts"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Post> getPosts(User user, Find find) {
    return POSTS.get(reads(), user, find);
  }

  /**
   * Returns the posts of each of {@code users} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its posts ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the posts of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *   from "posts"
   *   where ("posts"."user_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "posts"."id";
   * select "found"."id", "found"."title", "found"."content", "found"."user_id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "posts"."id", "posts"."title", "posts"."content", "posts"."user_id"
   *       from "posts"
   *       where ("posts"."user_id" = "parent"."id" and <condition>)
   *       order by <order>, "posts"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<User, List<Post>> getPosts(Collection<User> users, Find find) {
    return POSTS.getAll(reads(), users, find);
  }

  /**
   * Returns the number of posts of {@code user}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "posts"
   *   where "posts"."user_id" = ?;
   * }</pre>
   */
  public long countPosts(User user) {
    return POSTS.count(reads(), user);
  }

  /**
   * Returns the number of posts of {@code user} that match {@code condition}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "posts"
   *   where ("posts"."user_id" = ? and <condition>);
   * }</pre>
   */
  public long countPosts(User user, Condition condition) {
    return POSTS.count(reads(), user, condition);
  }

  /**
   * Returns the number of posts of each of {@code users}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."user_id", count(*)
   *   from "posts"
   *   where "posts"."user_id" = any (?::int8[])
   *   group by "posts"."user_id";
   * }</pre>
   */
  public Map<User, Long> countPosts(Collection<User> users) {
    return POSTS.countAll(reads(), users);
  }

  /**
   * Returns the number of posts of each of {@code users} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "posts"."user_id", count(*)
   *   from "posts"
   *   where ("posts"."user_id" = any (?::int8[]) and <condition>)
   *   group by "posts"."user_id";
   * }</pre>
   */
  public Map<User, Long> countPosts(Collection<User> users, Condition condition) {
    return POSTS.countAll(reads(), users, condition);
  }

  /**
   * Inserts {@code post} as one of the posts of {@code user} (its foreign key set to
   * user's id, whatever it held) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "posts" ("title", "content", "user_id")
   *   values (?, ?, ?)
   *   returning "posts"."id", "posts"."title", "posts"."content", "posts"."user_id";
   * }</pre>
   *
   * @return the stored row, with its generated id
   */
  public Post createPost(User user, Post post) {
    return POSTS.create(dsl(), user, post);
  }

  /**
   * Links {@code post} to {@code user}, moving it from any other User. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "posts" set "user_id" = ?
   *   where "posts"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addPost(User user, Post post) {
    POSTS.add(dsl(), user, post);
  }

  /**
   * Links each of {@code posts} to {@code user}, moving it from any other User. Every row
   * must exist, or nothing changes and a {@link org.jooq.exception.NoDataFoundException} says which is
   * missing. An empty collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * update "posts" set "user_id" = ?
   *   where "posts"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addPosts(User user, Collection<Post> posts) {
    POSTS.addAll(dsl(), user, posts);
  }

  /**
   * Unlinks {@code post}, if it is one of those linked to {@code user};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "user_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "posts" set "user_id" = ?
   *   where ("posts"."user_id" = ? and "posts"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removePost(User user, Post post) {
    POSTS.remove(dsl(), user, post);
  }

  /**
   * Unlinks those of {@code posts} linked to {@code user};
   * rows linked elsewhere are not touched. Unlinking
   * sets {@code "user_id"} to NULL.
   *
   * <p>SQL:
   * <pre>{@code
   * update "posts" set "user_id" = ?
   *   where ("posts"."user_id" = ? and "posts"."id" = any (?::int8[]));
   * }</pre>
   */
  public void removePosts(User user, Collection<Post> posts) {
    POSTS.removeAll(dsl(), user, posts);
  }

  /**
   * Makes exactly {@code posts} the posts of {@code user}: the others are unlinked
   * (unlinking sets {@code "user_id"} to NULL), the given ones linked. One
   * transaction, which first locks user's row, so concurrent calls for one User
   * run one after the other.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id"
   *   from "users"
   *   where "users"."id" = ?
   *   for no key update;
   * update "posts" set "user_id" = ?
   *   where ("posts"."user_id" = ? and "posts"."id" <> all (?::int8[]));
   * update "posts" set "user_id" = ?
   *   where "posts"."id" = any (?::int8[]);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setPosts(User user, Collection<Post> posts) {
    POSTS.set(dsl(), user, posts);
  }

  /**
   * Returns whether {@code post} is linked to {@code user}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "posts"
   *   where ("posts"."user_id" = ? and "posts"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasPost(User user, Post post) {
    return POSTS.has(reads(), user, post);
  }

  /**
   * Returns whether every one of {@code posts} is linked to {@code user}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(*)
   *   from "posts"
   *   where ("posts"."user_id" = ? and "posts"."id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasPosts(User user, Collection<Post> posts) {
    return POSTS.hasAll(reads(), user, posts);
  }

  /**
   * Returns the profile of {@code user}, or empty if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "profiles"."id", "profiles"."bio", "profiles"."user_id"
   *   from "profiles"
   *   where "profiles"."user_id" = ?
   *   order by "profiles"."id";
   * }</pre>
   */
  public Optional<Profile> getProfile(User user) {
    return PROFILE.get(reads(), user);
  }

  /**
   * Returns the profile of each of {@code users} in one statement, keyed in input order;
   * those without one are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "profiles"."id", "profiles"."bio", "profiles"."user_id"
   *   from "profiles"
   *   where "profiles"."user_id" = any (?::int8[])
   *   order by "profiles"."id";
   * }</pre>
   */
  public Map<User, Profile> getProfile(Collection<User> users) {
    return PROFILE.getAll(reads(), users);
  }

  /**
   * Inserts {@code profile} as the profile of {@code user}, unlinking the one it had (unlinking
   * sets {@code "user_id"} to NULL), in one transaction, which first locks user's row, and returns it as
   * stored.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id"
   *   from "users"
   *   where "users"."id" = ?
   *   for no key update;
   * update "profiles" set "user_id" = ?
   *   where "profiles"."user_id" = ?;
   * insert into "profiles" ("bio", "user_id")
   *   values (?, ?)
   *   returning "profiles"."id", "profiles"."bio", "profiles"."user_id";
   * }</pre>
   */
  public Profile createProfile(User user, Profile profile) {
    return PROFILE.create(dsl(), user, profile);
  }

  /**
   * Makes {@code profile} the profile of {@code user}, unlinking the one it had (unlinking
   * sets {@code "user_id"} to NULL); {@code null} only unlinks. One transaction, which first locks user's row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id"
   *   from "users"
   *   where "users"."id" = ?
   *   for no key update;
   * update "profiles" set "user_id" = ?
   *   where ("profiles"."user_id" = ? and "profiles"."id" <> all (?::int8[]));
   * update "profiles" set "user_id" = ?
   *   where "profiles"."id" = any (?::int8[]);
   * }</pre>
   */
  public void setProfile(User user, Profile profile) {
    PROFILE.set(dsl(), user, profile);
  }
}
