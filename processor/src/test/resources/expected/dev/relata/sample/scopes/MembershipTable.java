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
 * The table {@code "memberships"} of {@link Membership}, for custom queries:
 * {@code MembershipDao.findAll(MembershipTable.MEMBERSHIP_TABLE.RANK.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class MembershipTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "memberships"}.
   */
  public static final MembershipTable MEMBERSHIP_TABLE = new MembershipTable();

  /**
   * How rows of this table map to {@link Membership} and back; {@link MembershipDao} and the associations use it.
   */
  public static final EntityMetadata<Membership, Long> ENTITY = EntityMetadata.<Membership, Long>builder(Membership.class, MEMBERSHIP_TABLE)
      .id(MEMBERSHIP_TABLE.ID, Membership::id)
      .columns(List.of(MEMBERSHIP_TABLE.ID, MEMBERSHIP_TABLE.PERSON_ID, MEMBERSHIP_TABLE.PROJECT_ID,
          MEMBERSHIP_TABLE.ROLE, MEMBERSHIP_TABLE.RANK))
      .components(List.of("id", "personId", "projectId", "role", "rank"))
      .reader(row -> new Membership(row.get(MEMBERSHIP_TABLE.ID),
          row.get(MEMBERSHIP_TABLE.PERSON_ID), row.get(MEMBERSHIP_TABLE.PROJECT_ID),
          row.get(MEMBERSHIP_TABLE.ROLE), row.get(MEMBERSHIP_TABLE.RANK)))
      .writer(membership -> new Object[] {membership.id(), membership.personId(),
          membership.projectId(), membership.role(), membership.rank()})
      .build();

  /**
   * Column {@code "id"}: {@link Membership#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "person_id"}: {@link Membership#personId()}.
   */
  public final TableField<Record, Long> PERSON_ID = createField(DSL.name("person_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "project_id"}: {@link Membership#projectId()}.
   */
  public final TableField<Record, Long> PROJECT_ID = createField(DSL.name("project_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "role"}: {@link Membership#role()}.
   */
  public final TableField<Record, String> ROLE = createField(DSL.name("role"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "rank"}: {@link Membership#rank()}.
   */
  public final TableField<Record, Short> RANK = createField(DSL.name("rank"), SQLDataType.SMALLINT,
      this);

  private MembershipTable() {
    super(DSL.name("memberships"));
  }

  private MembershipTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "memberships"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public MembershipTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, MEMBERSHIP_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public MembershipTable as(String alias) {
    return new MembershipTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public MembershipTable as(Name alias) {
    return new MembershipTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public MembershipTable as(Table<?> alias) {
    return new MembershipTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Person} of each row ({@code @BelongsTo}), as a path: {@code MEMBERSHIP_TABLE.person().NAME}
   * in a query on {@code MEMBERSHIP_TABLE} joins {@code "persons"} implicitly.
   */
  public PersonTable person() {
    return new PersonTable(this, ForeignKeys.PERSON_ID, null);
  }

  /**
   * The {@link Project} of each row ({@code @BelongsTo}), as a path: {@code MEMBERSHIP_TABLE.project().NAME}
   * in a query on {@code MEMBERSHIP_TABLE} joins {@code "projects"} implicitly.
   */
  public ProjectTable project() {
    return new ProjectTable(this, ForeignKeys.PROJECT_ID, null);
  }

  /**
   * {@code "memberships_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The unique constraints besides the primary key:
   * {@code "memberships_person_id_project_id_key"}.
   */
  @Override
  public List<UniqueKey<Record>> getUniqueKeys() {
    return List.of(UniqueKeys.PERSON_ID_PROJECT_ID);
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "memberships_person_id_fkey"}, {@code "memberships_project_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.PERSON_ID, ForeignKeys.PROJECT_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(MEMBERSHIP_TABLE, "memberships_pkey",
        MEMBERSHIP_TABLE.ID);

    static final UniqueKey<Record> PERSON_ID_PROJECT_ID = TableKeys.unique(MEMBERSHIP_TABLE,
        "memberships_person_id_project_id_key", MEMBERSHIP_TABLE.PERSON_ID,
        MEMBERSHIP_TABLE.PROJECT_ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "memberships"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "memberships_person_id_fkey"}: {@code "person_id"} references {@code "persons"} ({@link Person}).
     */
    public static final ForeignKey<Record, Record> PERSON_ID = TableKeys.foreignKey(
        MEMBERSHIP_TABLE,
        "memberships_person_id_fkey",
        MEMBERSHIP_TABLE.PERSON_ID,
        PersonTable.PERSON_TABLE.getPrimaryKey());

    /**
     * {@code "memberships_project_id_fkey"}: {@code "project_id"} references {@code "projects"} ({@link Project}).
     */
    public static final ForeignKey<Record, Record> PROJECT_ID = TableKeys.foreignKey(
        MEMBERSHIP_TABLE,
        "memberships_project_id_fkey",
        MEMBERSHIP_TABLE.PROJECT_ID,
        ProjectTable.PROJECT_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
