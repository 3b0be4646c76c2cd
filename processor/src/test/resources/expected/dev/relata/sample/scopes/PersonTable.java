package dev.relata.sample.scopes;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.TableKeys;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.InverseForeignKey;
import org.jooq.Name;
import org.jooq.Path;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "persons"} of {@link Person}, for custom queries:
 * {@code PersonDao.findAll(PersonTable.PERSON_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PersonTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "persons"}.
   */
  public static final PersonTable PERSON_TABLE = new PersonTable();

  /**
   * How rows of this table map to {@link Person} and back; {@link PersonDao} and the associations use it.
   */
  public static final EntityMetadata<Person, Long> ENTITY = EntityMetadata.<Person, Long>builder(Person.class, PERSON_TABLE)
      .id(PERSON_TABLE.ID, Person::id)
      .columns(List.of(PERSON_TABLE.ID, PERSON_TABLE.NAME))
      .components(List.of("id", "name"))
      .reader(row -> new Person(row.get(PERSON_TABLE.ID), row.get(PERSON_TABLE.NAME)))
      .writer(person -> new Object[] {person.id(), person.name()})
      .build();

  /**
   * Column {@code "id"}: {@link Person#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Person#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private PersonTable() {
    super(DSL.name("persons"));
  }

  private PersonTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "persons"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public PersonTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, PERSON_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PersonTable as(String alias) {
    return new PersonTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PersonTable as(Name alias) {
    return new PersonTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public PersonTable as(Table<?> alias) {
    return new PersonTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Profile} of each row ({@code @HasOne}), as a path: {@code PERSON_TABLE.profile().VISIBLE}
   * in a query on {@code PERSON_TABLE} joins {@code "profiles"} implicitly.
   *
   * <p>It follows the foreign key only and ignores the association's scope: add the scope's
   * condition to a query on it where it should hold.
   */
  public ProfileTable profile() {
    return new ProfileTable(this, null, ProfileTable.ForeignKeys.PERSON_ID.getInverseKey());
  }

  /**
   * The {@link Project} rows of each row ({@code @BelongsToMany}, through {@code "memberships"}), as a path:
   * {@code from(PERSON_TABLE.projects())} in a subquery of a query on {@code PERSON_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(PERSON_TABLE.projects().NAME).from(PERSON_TABLE.projects()))}.
   */
  public ProjectTable projects() {
    return new ProjectTable(
        new MembershipTable(this, null, MembershipTable.ForeignKeys.PERSON_ID.getInverseKey()),
        MembershipTable.ForeignKeys.PROJECT_ID,
        null);
  }

  /**
   * The {@link Project} rows of each row ({@code @BelongsToMany}, through {@code "memberships"}), as a path:
   * {@code from(PERSON_TABLE.ledProjects())} in a subquery of a query on {@code PERSON_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(PERSON_TABLE.ledProjects().NAME).from(PERSON_TABLE.ledProjects()))}.
   *
   * <p>It follows the foreign key only and ignores the association's scope: add the scope's
   * condition to a query on it where it should hold.
   */
  public ProjectTable ledProjects() {
    return new ProjectTable(
        new MembershipTable(this, null, MembershipTable.ForeignKeys.PERSON_ID.getInverseKey()),
        MembershipTable.ForeignKeys.PROJECT_ID,
        null);
  }

  /**
   * {@code "persons_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(PERSON_TABLE, "persons_pkey",
        PERSON_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
