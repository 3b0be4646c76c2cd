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
 * Reads and writes {@link Membership} rows in table {@code "memberships"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class MembershipDao extends EntityDao<Membership, Long> {
  private static final BelongsToAssociation<Membership, Long, Person, Long> PERSON = new BelongsToAssociation<>(
      MembershipTable.ENTITY,
      PersonTable.ENTITY,
      MembershipTable.MEMBERSHIP_TABLE.PERSON_ID,
      Membership::personId,
      AssociationNames.toOne("membership", "memberships", "person"));

  private static final BelongsToAssociation<Membership, Long, Project, Long> PROJECT = new BelongsToAssociation<>(
      MembershipTable.ENTITY,
      ProjectTable.ENTITY,
      MembershipTable.MEMBERSHIP_TABLE.PROJECT_ID,
      Membership::projectId,
      AssociationNames.toOne("membership", "memberships", "project"));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public MembershipDao(DSLContext dsl) {
    super(dsl, MembershipTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public MembershipDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, MembershipTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "memberships" set "person_id" = ?, "project_id" = ?, "role" = ?, "rank" = ?
   *   where "memberships"."id" = ?
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Membership> update(Membership row) {
    return super.update(row);
  }

  /**
   * Returns the person that {@code membership}.personId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id", "persons"."name"
   *   from "persons"
   *   where "persons"."id" = ?;
   * }</pre>
   */
  public Optional<Person> getPerson(Membership membership) {
    return PERSON.get(reads(), membership);
  }

  /**
   * Returns the person of each of {@code memberships} in one statement, keyed in input order;
   * those whose personId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id", "persons"."name"
   *   from "persons"
   *   where "persons"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Membership, Person> getPerson(Collection<Membership> memberships) {
    return PERSON.getAll(reads(), memberships);
  }

  /**
   * Points {@code membership} at {@code person} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "memberships" set "person_id" = ?
   *   where "memberships"."id" = ?
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code membership} is not in the table
   */
  public Membership setPerson(Membership membership, Person person) {
    return PERSON.set(dsl(), membership, person);
  }

  /**
   * Inserts {@code person}, points {@code membership} at it and returns {@code membership} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "persons" ("name")
   *   values (?)
   *   returning "persons"."id", "persons"."name";
   * update "memberships" set "person_id" = ?
   *   where "memberships"."id" = ?
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   */
  public Membership createPerson(Membership membership, Person person) {
    return PERSON.create(dsl(), membership, person);
  }

  /**
   * Returns the project that {@code membership}.projectId() points at, or empty
   * if it is {@code null} (then no statement runs) or points at no row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open"
   *   from "projects"
   *   where "projects"."id" = ?;
   * }</pre>
   */
  public Optional<Project> getProject(Membership membership) {
    return PROJECT.get(reads(), membership);
  }

  /**
   * Returns the project of each of {@code memberships} in one statement, keyed in input order;
   * those whose projectId is {@code null} are absent. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open"
   *   from "projects"
   *   where "projects"."id" = any (?::int8[]);
   * }</pre>
   */
  public Map<Membership, Project> getProject(Collection<Membership> memberships) {
    return PROJECT.getAll(reads(), memberships);
  }

  /**
   * Points {@code membership} at {@code project} ({@code null} unlinks) and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "memberships" set "project_id" = ?
   *   where "memberships"."id" = ?
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   *
   * @throws org.jooq.exception.NoDataFoundException if {@code membership} is not in the table
   */
  public Membership setProject(Membership membership, Project project) {
    return PROJECT.set(dsl(), membership, project);
  }

  /**
   * Inserts {@code project}, points {@code membership} at it and returns {@code membership} as stored;
   * one transaction.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "projects" ("name", "open")
   *   values (?, ?)
   *   returning "projects"."id", "projects"."name", "projects"."open";
   * update "memberships" set "project_id" = ?
   *   where "memberships"."id" = ?
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   */
  public Membership createProject(Membership membership, Project project) {
    return PROJECT.create(dsl(), membership, project);
  }
}
