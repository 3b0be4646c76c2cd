package dev.relata.sample.scopes;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.internal.AssociationNames;
import dev.relata.runtime.internal.BelongsToManyAssociation;
import dev.relata.runtime.internal.HasOneAssociation;
import dev.relata.runtime.internal.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Person} rows in table {@code "persons"}, and their associations.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PersonDao extends EntityDao<Person, Long> {
  private static final HasOneAssociation<Person, Long, Profile, Long> PROFILE = new HasOneAssociation<>(
      PersonTable.ENTITY,
      ProfileTable.ENTITY,
      ProfileTable.PROFILE_TABLE.PERSON_ID,
      AssociationNames.toOne("person", "persons", "profile"),
      Scope.where(ProfileTable.PROFILE_TABLE.VISIBLE, true));

  private static final BelongsToManyAssociation<Person, Long, Project, Long, Membership> PROJECTS = new BelongsToManyAssociation<>(
      PersonTable.ENTITY,
      ProjectTable.ENTITY,
      MembershipTable.ENTITY,
      MembershipTable.MEMBERSHIP_TABLE.PERSON_ID,
      MembershipTable.MEMBERSHIP_TABLE.PROJECT_ID,
      new AssociationNames("person", "persons", "project", "projects"));

  private static final BelongsToManyAssociation<Person, Long, Project, Long, Membership> LED_PROJECTS = new BelongsToManyAssociation<>(
      PersonTable.ENTITY,
      ProjectTable.ENTITY,
      MembershipTable.ENTITY,
      MembershipTable.MEMBERSHIP_TABLE.PERSON_ID,
      MembershipTable.MEMBERSHIP_TABLE.PROJECT_ID,
      new AssociationNames("person", "persons", "ledProject", "ledProjects"),
      true,
      Scope.where(ProjectTable.PROJECT_TABLE.OPEN, true),
      Scope.where(MembershipTable.MEMBERSHIP_TABLE.ROLE, "lead").and(MembershipTable.MEMBERSHIP_TABLE.RANK, (short) 1));

  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public PersonDao(DSLContext dsl) {
    super(dsl, PersonTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public PersonDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, PersonTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "persons" set "name" = ?
   *   where "persons"."id" = ?
   *   returning "persons"."id", "persons"."name";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Person> update(Person row) {
    return super.update(row);
  }

  /**
   * Returns the profile of {@code person}, or empty if it has none.
   *
   * <p>A scoped association. Only {@code Profile} rows whose {@code visible} is {@code true} belong
   * to it: reads and counts see no other, {@code create} and {@code set} write {@code visible} =
   * {@code true} into the row they link and unlink the parent's row whatever its scope (a row
   * holding another value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "profiles"."id", "profiles"."person_id", "profiles"."visible", "profiles"."bio"
   *   from "profiles"
   *   where ("profiles"."person_id" = ? and "profiles"."visible" = ?)
   *   order by "profiles"."id";
   * }</pre>
   */
  public Optional<Profile> getProfile(Person person) {
    return PROFILE.get(reads(), person);
  }

  /**
   * Returns the profile of each of {@code persons} in one statement, keyed in input order;
   * those without one are absent. The map is unmodifiable.
   *
   * <p>A scoped association. Only {@code Profile} rows whose {@code visible} is {@code true} belong
   * to it: reads and counts see no other, {@code create} and {@code set} write {@code visible} =
   * {@code true} into the row they link and unlink the parent's row whatever its scope (a row
   * holding another value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "profiles"."id", "profiles"."person_id", "profiles"."visible", "profiles"."bio"
   *   from "profiles"
   *   where ("profiles"."person_id" = any (?::int8[]) and "profiles"."visible" = ?)
   *   order by "profiles"."id";
   * }</pre>
   */
  public Map<Person, Profile> getProfile(Collection<Person> persons) {
    return PROFILE.getAll(reads(), persons);
  }

  /**
   * Inserts {@code profile} as the profile of {@code person}, unlinking the one it had (unlinking
   * sets {@code "person_id"} to NULL), in one transaction, which first locks person's row, and returns it as
   * stored.
   *
   * <p>A scoped association. Only {@code Profile} rows whose {@code visible} is {@code true} belong
   * to it: reads and counts see no other, {@code create} and {@code set} write {@code visible} =
   * {@code true} into the row they link and unlink the parent's row whatever its scope (a row
   * holding another value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id"
   *   from "persons"
   *   where "persons"."id" = ?
   *   for no key update;
   * update "profiles" set "person_id" = ?
   *   where "profiles"."person_id" = ?;
   * insert into "profiles" ("person_id", "visible", "bio")
   *   values (?, ?, ?)
   *   returning "profiles"."id", "profiles"."person_id", "profiles"."visible", "profiles"."bio";
   * }</pre>
   */
  public Profile createProfile(Person person, Profile profile) {
    return PROFILE.create(dsl(), person, profile);
  }

  /**
   * Makes {@code profile} the profile of {@code person}, unlinking the one it had (unlinking
   * sets {@code "person_id"} to NULL); {@code null} only unlinks. One transaction, which first locks person's row.
   *
   * <p>A scoped association. Only {@code Profile} rows whose {@code visible} is {@code true} belong
   * to it: reads and counts see no other, {@code create} and {@code set} write {@code visible} =
   * {@code true} into the row they link and unlink the parent's row whatever its scope (a row
   * holding another value there is refused: {@code IllegalArgumentException}, before any SQL).
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id"
   *   from "persons"
   *   where "persons"."id" = ?
   *   for no key update;
   * update "profiles" set "person_id" = ?
   *   where ("profiles"."person_id" = ? and "profiles"."id" <> all (?::int8[]));
   * update "profiles" set "person_id" = ?, "visible" = ?
   *   where "profiles"."id" = any (?::int8[]);
   * }</pre>
   */
  public void setProfile(Person person, Profile profile) {
    PROFILE.set(dsl(), person, profile);
  }

  /**
   * Returns the projects of {@code person}, ordered by id; an empty list if it has none.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open"
   *   from "projects"
   *   where "projects"."id" in (select "memberships"."project_id"
   *       from "memberships"
   *       where "memberships"."person_id" = ?)
   *   order by "projects"."id";
   * }</pre>
   */
  public List<Project> getProjects(Person person) {
    return PROJECTS.get(reads(), person);
  }

  /**
   * Returns the projects of each of {@code persons} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its projects ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."person_id"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where "memberships"."person_id" = any (?::int8[])
   *   order by "projects"."id";
   * }</pre>
   */
  public Map<Person, List<Project>> getProjects(Collection<Person> persons) {
    return PROJECTS.getAll(reads(), persons);
  }

  /**
   * Returns the projects of {@code person} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   * Its condition and order may use the fields of the join table, {@code Membership}'s.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and <condition>)
   *   order by <order>, "projects"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Project> getProjects(Person person, Find find) {
    return PROJECTS.get(reads(), person, find);
  }

  /**
   * Returns the projects of each of {@code persons} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its projects ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   * Its condition and order may use the fields of the join table, {@code Membership}'s.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the projects of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."person_id"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "projects"."id";
   * select "found"."id", "found"."name", "found"."open", "parent"."id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "projects"."id", "projects"."name", "projects"."open"
   *       from "projects"
   *       join "memberships" on "memberships"."project_id" = "projects"."id"
   *       where ("memberships"."person_id" = "parent"."id" and <condition>)
   *       order by <order>, "projects"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Person, List<Project>> getProjects(Collection<Person> persons, Find find) {
    return PROJECTS.getAll(reads(), persons, find);
  }

  /**
   * Returns the number of projects of {@code person}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "memberships"."project_id")
   *   from "memberships"
   *   where "memberships"."person_id" = ?;
   * }</pre>
   */
  public long countProjects(Person person) {
    return PROJECTS.count(reads(), person);
  }

  /**
   * Returns the number of projects of {@code person} that match {@code condition}.
   * {@code condition} may use the fields of the join table, {@code Membership}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "projects"."id")
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and <condition>);
   * }</pre>
   */
  public long countProjects(Person person, Condition condition) {
    return PROJECTS.count(reads(), person, condition);
  }

  /**
   * Returns the number of projects of each of {@code persons}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>SQL:
   * <pre>{@code
   * select "memberships"."person_id", count(distinct "projects"."id")
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where "memberships"."person_id" = any (?::int8[])
   *   group by "memberships"."person_id";
   * }</pre>
   */
  public Map<Person, Long> countProjects(Collection<Person> persons) {
    return PROJECTS.countAll(reads(), persons);
  }

  /**
   * Returns the number of projects of each of {@code persons} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   * {@code condition} may use the fields of the join table, {@code Membership}'s.
   *
   * <p>SQL:
   * <pre>{@code
   * select "memberships"."person_id", count(distinct "projects"."id")
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and <condition>)
   *   group by "memberships"."person_id";
   * }</pre>
   */
  public Map<Person, Long> countProjects(Collection<Person> persons, Condition condition) {
    return PROJECTS.countAll(reads(), persons, condition);
  }

  /**
   * Inserts {@code project} and links it to {@code person}, in one transaction, and returns it as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "projects" ("name", "open")
   *   values (?, ?)
   *   returning "projects"."id", "projects"."name", "projects"."open";
   * insert into "memberships" ("person_id", "project_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "memberships" as "existing" on ("existing"."person_id" = ? and "existing"."project_id" = "x"."id")
   *   where "existing"."project_id" is null
   *   on conflict do nothing;
   * }</pre>
   */
  public Project createProject(Person person, Project project) {
    return PROJECTS.create(dsl(), person, project);
  }

  /**
   * Links {@code project} to {@code person}; a pair already linked stays one link.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "memberships" ("person_id", "project_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "memberships" as "existing" on ("existing"."person_id" = ? and "existing"."project_id" = "x"."id")
   *   where "existing"."project_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addProject(Person person, Project project) {
    PROJECTS.add(dsl(), person, project);
  }

  /**
   * Links each of {@code projects} to {@code person}; a pair already linked stays one link. An empty
   * collection does nothing.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "memberships" ("person_id", "project_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "memberships" as "existing" on ("existing"."person_id" = ? and "existing"."project_id" = "x"."id")
   *   where "existing"."project_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addProjects(Person person, Collection<Project> projects) {
    PROJECTS.addAll(dsl(), person, projects);
  }

  /**
   * Unlinks {@code project}, if it is one of those linked to {@code person}: deletes the join rows, never a Project.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]));
   * }</pre>
   */
  public void removeProject(Person person, Project project) {
    PROJECTS.remove(dsl(), person, project);
  }

  /**
   * Unlinks those of {@code projects} linked to {@code person}: deletes the join rows, never a Project.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]));
   * }</pre>
   */
  public void removeProjects(Person person, Collection<Project> projects) {
    PROJECTS.removeAll(dsl(), person, projects);
  }

  /**
   * Makes exactly {@code projects} the projects of {@code person}: other links are deleted, missing
   * ones inserted. One transaction, which first locks person's row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id"
   *   from "persons"
   *   where "persons"."id" = ?
   *   for no key update;
   * delete from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" <> all (?::int8[]));
   * insert into "memberships" ("person_id", "project_id")
   *   select ?, "x"."id"
   *   from unnest(?::int8[]) as "x" ("id")
   *   left outer join "memberships" as "existing" on ("existing"."person_id" = ? and "existing"."project_id" = "x"."id")
   *   where "existing"."project_id" is null
   *   on conflict do nothing;
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setProjects(Person person, Collection<Project> projects) {
    PROJECTS.set(dsl(), person, projects);
  }

  /**
   * Returns whether {@code project} is linked to {@code person}.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "memberships"."project_id")
   *   from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasProject(Person person, Project project) {
    return PROJECTS.has(reads(), person, project);
  }

  /**
   * Returns whether every one of {@code projects} is linked to {@code person}; {@code true} for an
   * empty collection.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "memberships"."project_id")
   *   from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]));
   * }</pre>
   */
  public boolean hasProjects(Person person, Collection<Project> projects) {
    return PROJECTS.hasAll(reads(), person, projects);
  }

  /**
   * Links {@code project} to {@code person} with {@code link}'s own components and returns the link
   * as stored: one statement that inserts the Membership into {@code "memberships"} with
   * {@code link}'s components but its id and its keys, which are those of the two rows. Where the
   * pair is linked already, the same statement updates its link's components instead
   * ({@code on conflict} on the pair's unique constraint, so that concurrent adds of one pair leave
   * one link, with the last one's components). Where the link holds those values already, nothing is
   * written and a second statement reads it.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "memberships" ("person_id", "project_id", "role", "rank")
   *   values (?, ?, ?, ?)
   *   on conflict ("person_id", "project_id") do update set "role" = excluded."role",
   *       "rank" = excluded."rank"
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   *
   * @param link the link's components; its personId and projectId must be {@code null} or the ids of
   *     {@code person} and {@code project}
   * @throws IllegalArgumentException if {@code person} or {@code project} has a {@code null} id (not stored
   *     yet), or a key of {@code link} is another id; no statement runs then
   */
  public Membership addProject(Person person, Project project, Membership link) {
    return PROJECTS.addLink(dsl(), person, project, link);
  }

  /**
   * Returns the projects of {@code person}, each with the Membership that links it (a row of
   * {@code "memberships"}), ordered by Project id. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where "memberships"."person_id" = ?
   *   order by "projects"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code person} has a {@code null} id (not stored yet)
   */
  public List<Linked<Project, Membership>> getProjectLinks(Person person) {
    return PROJECTS.getLinks(reads(), person);
  }

  /**
   * Returns the projects of each of {@code persons}, each with the Membership that links it (a row
   * of {@code "memberships"}), ordered by Project id. Every one of them is a key, in input order
   * (duplicates collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where "memberships"."person_id" = any (?::int8[])
   *   order by "projects"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code persons} has a {@code null} id (not stored yet)
   */
  public Map<Person, List<Linked<Project, Membership>>> getProjectLinks(
      Collection<Person> persons) {
    return PROJECTS.getAllLinks(reads(), persons);
  }

  /**
   * Returns the projects of {@code person} that {@code find} selects, each with the Membership that
   * links it (a row of {@code "memberships"}), ordered by {@code find}'s fields, then by Project id,
   * with its limit and offset. Its condition and order may use the fields of {@code "projects"} and
   * of {@code "memberships"}. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and <condition>)
   *   order by <order>, "projects"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code person} has a {@code null} id (not stored yet)
   */
  public List<Linked<Project, Membership>> getProjectLinks(Person person, Find find) {
    return PROJECTS.getLinks(reads(), person, find);
  }

  /**
   * Returns the projects of each of {@code persons} that {@code find} selects, each with the
   * Membership that links it (a row of {@code "memberships"}), ordered by {@code find}'s fields,
   * then by Project id, with its limit and offset applied to each list. Its condition and order may
   * use the fields of {@code "projects"} and of {@code "memberships"}. Every one of them is a key,
   * in input order (duplicates collapse), mapped to its links, or to an empty list. The map is
   * unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids, or, with a limit or offset, a lateral subquery per Person over
   * {@code unnest(?)}.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and <condition>)
   *   order by <order>, "projects"."id";
   * select "found"."c1", "found"."c2", "found"."c3", "found"."c4", "found"."c5", "found"."c6",
   *     "found"."c7", "found"."c8"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "projects"."id" as "c1", "projects"."name" as "c2",
   *       "projects"."open" as "c3", "memberships"."id" as "c4", "memberships"."person_id" as "c5",
   *       "memberships"."project_id" as "c6", "memberships"."role" as "c7", "memberships"."rank" as "c8"
   *       from "projects"
   *       join "memberships" on "memberships"."project_id" = "projects"."id"
   *       where ("memberships"."person_id" = "parent"."id" and <condition>)
   *       order by <order>, "projects"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code persons} has a {@code null} id (not stored yet)
   */
  public Map<Person, List<Linked<Project, Membership>>> getProjectLinks(Collection<Person> persons,
      Find find) {
    return PROJECTS.getAllLinks(reads(), persons, find);
  }

  /**
   * Returns the ledProjects of {@code person}, ordered by id; an empty list if it has none.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open"
   *   from "projects"
   *   where ("projects"."id" in (select "memberships"."project_id" from "memberships" where ("memberships"."person_id" = ? and "memberships"."role" = ? and "memberships"."rank" = ?)) and "projects"."open" = ?)
   *   order by "projects"."id";
   * }</pre>
   */
  public List<Project> getLedProjects(Person person) {
    return LED_PROJECTS.get(reads(), person);
  }

  /**
   * Returns the ledProjects of each of {@code persons} in one statement, whatever their number:
   * every one of them is a key, in input order, mapped to its ledProjects ordered by id (an empty list
   * for none). Duplicates in the input collapse. The map is unmodifiable.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."person_id"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ?)
   *   order by "projects"."id";
   * }</pre>
   */
  public Map<Person, List<Project>> getLedProjects(Collection<Person> persons) {
    return LED_PROJECTS.getAll(reads(), persons);
  }

  /**
   * Returns the ledProjects of {@code person} that {@code find} selects, ordered by its fields, then
   * by id, with its limit and offset.
   * Its condition and order may use the fields of the join table, {@code Membership}'s.
   *
   * <p>Where {@code find} has no condition, order, limit or offset, that part of the statement is left
   * out.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *   order by <order>, "projects"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   */
  public List<Project> getLedProjects(Person person, Find find) {
    return LED_PROJECTS.get(reads(), person, find);
  }

  /**
   * Returns the ledProjects of each of {@code persons} that {@code find} selects, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped to
   * its ledProjects ordered by {@code find}'s fields, then by id, or to an empty list. The limit and
   * offset apply to each list: {@code limit(3)} keeps the first three of each. The map is unmodifiable.
   * Its condition and order may use the fields of the join table, {@code Membership}'s.
   *
   * <p>Without a limit or offset, the first statement runs; with either, the second, which pages
   * the ledProjects of each in a lateral subquery. Where {@code find} has no condition or order, that
   * part of the statement is left out.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."person_id"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *   order by <order>, "projects"."id";
   * select "found"."id", "found"."name", "found"."open", "parent"."id"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "projects"."id", "projects"."name", "projects"."open"
   *       from "projects"
   *       join "memberships" on "memberships"."project_id" = "projects"."id"
   *       where ("memberships"."person_id" = "parent"."id" and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *       order by <order>, "projects"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   */
  public Map<Person, List<Project>> getLedProjects(Collection<Person> persons, Find find) {
    return LED_PROJECTS.getAll(reads(), persons, find);
  }

  /**
   * Returns the number of ledProjects of {@code person}.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "memberships"."project_id")
   *   from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and "memberships"."project_id" in (select "projects"."id" from "projects" where "projects"."open" = ?));
   * }</pre>
   */
  public long countLedProjects(Person person) {
    return LED_PROJECTS.count(reads(), person);
  }

  /**
   * Returns the number of ledProjects of {@code person} that match {@code condition}.
   * {@code condition} may use the fields of the join table, {@code Membership}'s.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "projects"."id")
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>);
   * }</pre>
   */
  public long countLedProjects(Person person, Condition condition) {
    return LED_PROJECTS.count(reads(), person, condition);
  }

  /**
   * Returns the number of ledProjects of each of {@code persons}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "memberships"."person_id", count(distinct "projects"."id")
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ?)
   *   group by "memberships"."person_id";
   * }</pre>
   */
  public Map<Person, Long> countLedProjects(Collection<Person> persons) {
    return LED_PROJECTS.countAll(reads(), persons);
  }

  /**
   * Returns the number of ledProjects of each of {@code persons} that match {@code condition}, in one statement
   * whatever their number. Every one of them is a key, in input order (duplicates collapse), mapped
   * to its count, {@code 0} for none. The map is unmodifiable.
   * {@code condition} may use the fields of the join table, {@code Membership}'s.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "memberships"."person_id", count(distinct "projects"."id")
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *   group by "memberships"."person_id";
   * }</pre>
   */
  public Map<Person, Long> countLedProjects(Collection<Person> persons, Condition condition) {
    return LED_PROJECTS.countAll(reads(), persons, condition);
  }

  /**
   * Inserts {@code ledProject} and links it to {@code person}, in one transaction, and returns it as stored.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "projects" ("name", "open")
   *   values (?, ?)
   *   returning "projects"."id", "projects"."name", "projects"."open";
   * insert into "memberships" ("person_id", "project_id", "role", "rank")
   *   select ?, "x"."id", ?, ?
   *   from unnest(?::int8[]) as "x" ("id")
   *   on conflict ("person_id", "project_id") do update set "role" = ?, "rank" = ?
   *   where ("memberships"."role" is distinct from ? or "memberships"."rank" is distinct from ?);
   * }</pre>
   */
  public Project createLedProject(Person person, Project ledProject) {
    return LED_PROJECTS.create(dsl(), person, ledProject);
  }

  /**
   * Links {@code ledProject} to {@code person}; a pair already linked stays one link.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "memberships" ("person_id", "project_id", "role", "rank")
   *   select ?, "x"."id", ?, ?
   *   from unnest(?::int8[]) as "x" ("id")
   *   on conflict ("person_id", "project_id") do update set "role" = ?, "rank" = ?
   *   where ("memberships"."role" is distinct from ? or "memberships"."rank" is distinct from ?);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addLedProject(Person person, Project ledProject) {
    LED_PROJECTS.add(dsl(), person, ledProject);
  }

  /**
   * Links each of {@code ledProjects} to {@code person}; a pair already linked stays one link. An empty
   * collection does nothing.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "memberships" ("person_id", "project_id", "role", "rank")
   *   select ?, "x"."id", ?, ?
   *   from unnest(?::int8[]) as "x" ("id")
   *   on conflict ("person_id", "project_id") do update set "role" = ?, "rank" = ?
   *   where ("memberships"."role" is distinct from ? or "memberships"."rank" is distinct from ?);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void addLedProjects(Person person, Collection<Project> ledProjects) {
    LED_PROJECTS.addAll(dsl(), person, ledProjects);
  }

  /**
   * Unlinks {@code ledProject}, if it is one of those linked to {@code person}: deletes the join rows, never a Project.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]) and "memberships"."role" = ? and "memberships"."rank" = ? and "memberships"."project_id" in (select "projects"."id" from "projects" where "projects"."open" = ?));
   * }</pre>
   */
  public void removeLedProject(Person person, Project ledProject) {
    LED_PROJECTS.remove(dsl(), person, ledProject);
  }

  /**
   * Unlinks those of {@code ledProjects} linked to {@code person}: deletes the join rows, never a Project.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * delete from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]) and "memberships"."role" = ? and "memberships"."rank" = ? and "memberships"."project_id" in (select "projects"."id" from "projects" where "projects"."open" = ?));
   * }</pre>
   */
  public void removeLedProjects(Person person, Collection<Project> ledProjects) {
    LED_PROJECTS.removeAll(dsl(), person, ledProjects);
  }

  /**
   * Makes exactly {@code ledProjects} the ledProjects of {@code person}: other links are deleted, missing
   * ones inserted. One transaction, which first locks person's row.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "persons"."id"
   *   from "persons"
   *   where "persons"."id" = ?
   *   for no key update;
   * delete from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" <> all (?::int8[]) and "memberships"."role" = ? and "memberships"."rank" = ? and "memberships"."project_id" in (select "projects"."id" from "projects" where "projects"."open" = ?));
   * insert into "memberships" ("person_id", "project_id", "role", "rank")
   *   select ?, "x"."id", ?, ?
   *   from unnest(?::int8[]) as "x" ("id")
   *   on conflict ("person_id", "project_id") do update set "role" = ?, "rank" = ?
   *   where ("memberships"."role" is distinct from ? or "memberships"."rank" is distinct from ?);
   * }</pre>
   *
   * @throws IllegalArgumentException if a row has a {@code null} id (not stored yet)
   */
  public void setLedProjects(Person person, Collection<Project> ledProjects) {
    LED_PROJECTS.set(dsl(), person, ledProjects);
  }

  /**
   * Returns whether {@code ledProject} is linked to {@code person}.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "memberships"."project_id")
   *   from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]) and "memberships"."role" = ? and "memberships"."rank" = ? and "memberships"."project_id" in (select "projects"."id" from "projects" where "projects"."open" = ?));
   * }</pre>
   */
  public boolean hasLedProject(Person person, Project ledProject) {
    return LED_PROJECTS.has(reads(), person, ledProject);
  }

  /**
   * Returns whether every one of {@code ledProjects} is linked to {@code person}; {@code true} for an
   * empty collection.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select count(distinct "memberships"."project_id")
   *   from "memberships"
   *   where ("memberships"."person_id" = ? and "memberships"."project_id" = any (?::int8[]) and "memberships"."role" = ? and "memberships"."rank" = ? and "memberships"."project_id" in (select "projects"."id" from "projects" where "projects"."open" = ?));
   * }</pre>
   */
  public boolean hasLedProjects(Person person, Collection<Project> ledProjects) {
    return LED_PROJECTS.hasAll(reads(), person, ledProjects);
  }

  /**
   * Links {@code ledProject} to {@code person} with {@code link}'s own components and returns the
   * link as stored: one statement that inserts the Membership into {@code "memberships"} with
   * {@code link}'s components but its id and its keys, which are those of the two rows. Where the
   * pair is linked already, the same statement updates its link's components instead
   * ({@code on conflict} on the pair's unique constraint, so that concurrent adds of one pair leave
   * one link, with the last one's components). Where the link holds those values already, nothing is
   * written and a second statement reads it.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * insert into "memberships" ("person_id", "project_id", "role", "rank")
   *   values (?, ?, ?, ?)
   *   on conflict ("person_id", "project_id") do update set "role" = excluded."role",
   *       "rank" = excluded."rank"
   *   returning "memberships"."id", "memberships"."person_id", "memberships"."project_id",
   *       "memberships"."role", "memberships"."rank";
   * }</pre>
   *
   * @param link the link's components; its personId and projectId must be {@code null} or the ids of
   *     {@code person} and {@code ledProject}
   * @throws IllegalArgumentException if {@code person} or {@code ledProject} has a {@code null} id (not stored
   *     yet), or a key of {@code link} is another id; no statement runs then
   */
  public Membership addLedProject(Person person, Project ledProject, Membership link) {
    return LED_PROJECTS.addLink(dsl(), person, ledProject, link);
  }

  /**
   * Returns the ledProjects of {@code person}, each with the Membership that links it (a row of
   * {@code "memberships"}), ordered by Project id. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ?)
   *   order by "projects"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code person} has a {@code null} id (not stored yet)
   */
  public List<Linked<Project, Membership>> getLedProjectLinks(Person person) {
    return LED_PROJECTS.getLinks(reads(), person);
  }

  /**
   * Returns the ledProjects of each of {@code persons}, each with the Membership that links it (a
   * row of {@code "memberships"}), ordered by Project id. Every one of them is a key, in input order
   * (duplicates collapse), mapped to its links, or to an empty list. The map is unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ?)
   *   order by "projects"."id";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code persons} has a {@code null} id (not stored yet)
   */
  public Map<Person, List<Linked<Project, Membership>>> getLedProjectLinks(
      Collection<Person> persons) {
    return LED_PROJECTS.getAllLinks(reads(), persons);
  }

  /**
   * Returns the ledProjects of {@code person} that {@code find} selects, each with the Membership
   * that links it (a row of {@code "memberships"}), ordered by {@code find}'s fields, then by
   * Project id, with its limit and offset. Its condition and order may use the fields of
   * {@code "projects"} and of {@code "memberships"}. An empty list if it has none.
   *
   * <p>One statement: a join of the two tables.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = ? and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *   order by <order>, "projects"."id" offset ? rows fetch next ? rows only;
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code person} has a {@code null} id (not stored yet)
   */
  public List<Linked<Project, Membership>> getLedProjectLinks(Person person, Find find) {
    return LED_PROJECTS.getLinks(reads(), person, find);
  }

  /**
   * Returns the ledProjects of each of {@code persons} that {@code find} selects, each with the
   * Membership that links it (a row of {@code "memberships"}), ordered by {@code find}'s fields,
   * then by Project id, with its limit and offset applied to each list. Its condition and order may
   * use the fields of {@code "projects"} and of {@code "memberships"}. Every one of them is a key,
   * in input order (duplicates collapse), mapped to its links, or to an empty list. The map is
   * unmodifiable.
   *
   * <p>One statement, whatever their number: a join of the two tables filtered by {@code = any(?)} on
   * an array of the ids, or, with a limit or offset, a lateral subquery per Person over
   * {@code unnest(?)}.
   *
   * <p>A scoped association. Only {@code Project} rows whose {@code open} is {@code true} are
   * linked: reads see no other, a target holding another value there is refused ({@code
   * IllegalArgumentException}, before any SQL) and never changed, and {@code create} inserts the new
   * one with {@code open} = {@code true}. Only links whose {@code Membership} row's {@code role} is
   * {@code lead} and {@code rank} is {@code 1} count: reads see no other, {@code remove} and {@code
   * set} delete no other, and {@code add}, {@code create} and {@code set} write {@code role} =
   * {@code lead}, {@code rank} = {@code 1} into the join rows they insert and into a linked pair's
   * join row.
   *
   * <p>SQL:
   * <pre>{@code
   * select "projects"."id", "projects"."name", "projects"."open", "memberships"."id",
   *     "memberships"."person_id", "memberships"."project_id", "memberships"."role",
   *     "memberships"."rank"
   *   from "projects"
   *   join "memberships" on "memberships"."project_id" = "projects"."id"
   *   where ("memberships"."person_id" = any (?::int8[]) and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *   order by <order>, "projects"."id";
   * select "found"."c1", "found"."c2", "found"."c3", "found"."c4", "found"."c5", "found"."c6",
   *     "found"."c7", "found"."c8"
   *   from unnest(?::int8[]) as "parent" ("id")
   *   cross join lateral (select "projects"."id" as "c1", "projects"."name" as "c2",
   *       "projects"."open" as "c3", "memberships"."id" as "c4", "memberships"."person_id" as "c5",
   *       "memberships"."project_id" as "c6", "memberships"."role" as "c7", "memberships"."rank" as "c8"
   *       from "projects"
   *       join "memberships" on "memberships"."project_id" = "projects"."id"
   *       where ("memberships"."person_id" = "parent"."id" and "projects"."open" = ? and "memberships"."role" = ? and "memberships"."rank" = ? and <condition>)
   *       order by <order>, "projects"."id" offset ? rows fetch next ? rows only) as "found";
   * }</pre>
   *
   * @throws IllegalArgumentException if one of {@code persons} has a {@code null} id (not stored yet)
   */
  public Map<Person, List<Linked<Project, Membership>>> getLedProjectLinks(
      Collection<Person> persons, Find find) {
    return LED_PROJECTS.getAllLinks(reads(), persons, find);
  }
}
