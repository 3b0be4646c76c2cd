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
 * Reads and writes {@link Profile} rows in table {@code "profiles"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProfileDao extends EntityDao<Profile, Long> {
  private static final BelongsToAssociation<Profile, Long, User, Long> USER = new BelongsToAssociation<>(
      ProfileTable.ENTITY,
      UserTable.ENTITY,
      ProfileTable.PROFILE_TABLE.USER_ID,
      Profile::userId,
      AssociationNames.toOne("profile", "profiles", "user"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public ProfileDao(DSLContext dsl) {
    super(dsl, ProfileTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public ProfileDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, ProfileTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "profiles" set "bio" = ?, "user_id" = ?
   *   where "profiles"."id" = ?
   *   returning "profiles"."id", "profiles"."bio", "profiles"."user_id";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Profile> update(Profile row) {
    return super.update(row);
  }

  /**
   * Returns the user that {@code profile}.userId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where "users"."id" = ?;
   * }</pre>
   */
  public Optional<User> getUser(Profile profile) {
    return USER.get(reads(), profile);
  }

  /**
   * Returns the user of each of {@code profiles} in one statement, keyed in input order;
   * those whose userId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "users"."id", "users"."name"
   *   from "users"
   *   where "users"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Profile, User> getUser(Collection<Profile> profiles) {
    return USER.getAll(reads(), profiles);
  }

  /**
   * Points {@code profile} at {@code user} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "profiles" set "user_id" = ?
   *   where "profiles"."id" = ?
   *   returning "profiles"."id", "profiles"."bio", "profiles"."user_id";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code profile} is not in the table
   */
  public Profile setUser(Profile profile, User user) {
    return USER.set(dsl(), profile, user);
  }

  /**
   * Inserts {@code user}, points {@code profile} at it and returns {@code profile} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "users" ("name")
   *   values (?)
   *   returning "users"."id", "users"."name";
   * update "profiles" set "user_id" = ?
   *   where "profiles"."id" = ?
   *   returning "profiles"."id", "profiles"."bio", "profiles"."user_id";
   * }</pre>
   */
  public Profile createUser(Profile profile, User user) {
    return USER.create(dsl(), profile, user);
  }
}
