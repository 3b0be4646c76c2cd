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
  private static final BelongsToAssociation<Profile, Long, Person, Long> PERSON = new BelongsToAssociation<>(
      ProfileTable.ENTITY,
      PersonTable.ENTITY,
      ProfileTable.PROFILE_TABLE.PERSON_ID,
      Profile::personId,
      AssociationNames.toOne("profile", "profiles", "person"));

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
   * update "profiles" set "person_id" = ?, "visible" = ?, "bio" = ?
   *   where "profiles"."id" = ?
   *   returning "profiles"."id", "profiles"."person_id", "profiles"."visible", "profiles"."bio";
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
   * Returns the person that {@code profile}.personId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id", "persons"."name"
   *   from "persons"
   *   where "persons"."id" = ?;
   * }</pre>
   */
  public Optional<Person> getPerson(Profile profile) {
    return PERSON.get(reads(), profile);
  }

  /**
   * Returns the person of each of {@code profiles} in one statement, keyed in input order;
   * those whose personId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id", "persons"."name"
   *   from "persons"
   *   where "persons"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Profile, Person> getPerson(Collection<Profile> profiles) {
    return PERSON.getAll(reads(), profiles);
  }

  /**
   * Points {@code profile} at {@code person} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "profiles" set "person_id" = ?
   *   where "profiles"."id" = ?
   *   returning "profiles"."id", "profiles"."person_id", "profiles"."visible", "profiles"."bio";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code profile} is not in the table
   */
  public Profile setPerson(Profile profile, Person person) {
    return PERSON.set(dsl(), profile, person);
  }

  /**
   * Inserts {@code person}, points {@code profile} at it and returns {@code profile} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "persons" ("name")
   *   values (?)
   *   returning "persons"."id", "persons"."name";
   * update "profiles" set "person_id" = ?
   *   where "profiles"."id" = ?
   *   returning "profiles"."id", "profiles"."person_id", "profiles"."visible", "profiles"."bio";
   * }</pre>
   */
  public Profile createPerson(Profile profile, Person person) {
    return PERSON.create(dsl(), profile, person);
  }
}
