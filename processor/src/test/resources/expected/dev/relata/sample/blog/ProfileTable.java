package dev.relata.sample.blog;

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
 * {@code ProfileDao.findAll(ProfileTable.PROFILE_TABLE.USER_ID.eq(...))}.
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
      .columns(List.of(PROFILE_TABLE.ID, PROFILE_TABLE.BIO, PROFILE_TABLE.USER_ID))
      .components(List.of("id", "bio", "userId"))
      .reader(row -> new Profile(row.get(PROFILE_TABLE.ID), row.get(PROFILE_TABLE.BIO),
          row.get(PROFILE_TABLE.USER_ID)))
      .writer(profile -> new Object[] {profile.id(), profile.bio(), profile.userId()})
      .build();

  /**
   * Column {@code "id"}: {@link Profile#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "bio"}: {@link Profile#bio()}.
   */
  public final TableField<Record, String> BIO = createField(DSL.name("bio"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "user_id"}: {@link Profile#userId()}.
   */
  public final TableField<Record, Long> USER_ID = createField(DSL.name("user_id"),
      SQLDataType.BIGINT, this);

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
   * The {@link User} of each row ({@code @BelongsTo}), as a path: {@code PROFILE_TABLE.user().NAME}
   * in a query on {@code PROFILE_TABLE} joins {@code "users"} implicitly.
   */
  public UserTable user() {
    return new UserTable(this, ForeignKeys.USER_ID, null);
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
   * {@code "profiles_user_id_key"}.
   */
  @Override
  public List<UniqueKey<Record>> getUniqueKeys() {
    return List.of(UniqueKeys.USER_ID);
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "profiles_user_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.USER_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(PROFILE_TABLE, "profiles_pkey",
        PROFILE_TABLE.ID);

    static final UniqueKey<Record> USER_ID = TableKeys.unique(PROFILE_TABLE, "profiles_user_id_key",
        PROFILE_TABLE.USER_ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "profiles"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "profiles_user_id_fkey"}: {@code "user_id"} references {@code "users"} ({@link User}).
     */
    public static final ForeignKey<Record, Record> USER_ID = TableKeys.foreignKey(
        PROFILE_TABLE,
        "profiles_user_id_fkey",
        PROFILE_TABLE.USER_ID,
        UserTable.USER_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
