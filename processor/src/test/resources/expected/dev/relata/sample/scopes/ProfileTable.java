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
 * The table {@code "profiles"} of {@link Profile}, for custom queries:
 * {@code ProfileDao.findAll(ProfileTable.PROFILE_TABLE.BIO.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProfileTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "profiles"}.
   */
  public static final ProfileTable PROFILE_TABLE = new ProfileTable();

  /**
   * How rows of this table map to {@link Profile} and back; {@link ProfileDao} and the associations use it.
   */
  public static final EntityMetadata<Profile, Long> ENTITY = EntityMetadata.<Profile, Long>builder(Profile.class, PROFILE_TABLE)
      .id(PROFILE_TABLE.ID, Profile::id)
      .columns(List.of(PROFILE_TABLE.ID, PROFILE_TABLE.PERSON_ID, PROFILE_TABLE.VISIBLE,
          PROFILE_TABLE.BIO))
      .components(List.of("id", "personId", "visible", "bio"))
      .reader(row -> new Profile(row.get(PROFILE_TABLE.ID), row.get(PROFILE_TABLE.PERSON_ID),
          row.get(PROFILE_TABLE.VISIBLE), row.get(PROFILE_TABLE.BIO)))
      .writer(profile -> new Object[] {profile.id(), profile.personId(), profile.visible(),
          profile.bio()})
      .build();

  /**
   * Column {@code "id"}: {@link Profile#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "person_id"}: {@link Profile#personId()}.
   */
  public final TableField<Record, Long> PERSON_ID = createField(DSL.name("person_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "visible"}: {@link Profile#visible()}.
   */
  public final TableField<Record, Boolean> VISIBLE = createField(DSL.name("visible"),
      SQLDataType.BOOLEAN, this);

  /**
   * Column {@code "bio"}: {@link Profile#bio()}.
   */
  public final TableField<Record, String> BIO = createField(DSL.name("bio"), SQLDataType.VARCHAR,
      this);

  private ProfileTable() {
    super(DSL.name("profiles"));
  }

  private ProfileTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "profiles"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public ProfileTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, PROFILE_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProfileTable as(String alias) {
    return new ProfileTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProfileTable as(Name alias) {
    return new ProfileTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public ProfileTable as(Table<?> alias) {
    return new ProfileTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Person} of each row ({@code @BelongsTo}), as a path: {@code PROFILE_TABLE.person().NAME}
   * in a query on {@code PROFILE_TABLE} joins {@code "persons"} implicitly.
   */
  public PersonTable person() {
    return new PersonTable(this, ForeignKeys.PERSON_ID, null);
  }

  /**
   * {@code "profiles_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The unique constraints besides the primary key:
   * {@code "profiles_person_id_key"}.
   */
  @Override
  public List<UniqueKey<Record>> getUniqueKeys() {
    return List.of(UniqueKeys.PERSON_ID);
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "profiles_person_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.PERSON_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(PROFILE_TABLE, "profiles_pkey",
        PROFILE_TABLE.ID);

    static final UniqueKey<Record> PERSON_ID = TableKeys.unique(PROFILE_TABLE,
        "profiles_person_id_key", PROFILE_TABLE.PERSON_ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "profiles"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "profiles_person_id_fkey"}: {@code "person_id"} references {@code "persons"} ({@link Person}).
     */
    public static final ForeignKey<Record, Record> PERSON_ID = TableKeys.foreignKey(
        PROFILE_TABLE,
        "profiles_person_id_fkey",
        PROFILE_TABLE.PERSON_ID,
        PersonTable.PERSON_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
