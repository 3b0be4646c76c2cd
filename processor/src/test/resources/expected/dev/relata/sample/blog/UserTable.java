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
 * The table {@code "users"} of {@link User}, for custom queries:
 * {@code UserDao.findAll(UserTable.USER_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class UserTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "users"}.
   */
  public static final UserTable USER_TABLE = new UserTable();

  /**
   * How rows of this table map to {@link User} and back; {@link UserDao} and the associations use it.
   */
  public static final EntityMetadata<User, Long> ENTITY = EntityMetadata.<User, Long>builder(User.class, USER_TABLE)
      .id(USER_TABLE.ID, User::id)
      .columns(List.of(USER_TABLE.ID, USER_TABLE.NAME))
      .components(List.of("id", "name"))
      .reader(row -> new User(row.get(USER_TABLE.ID), row.get(USER_TABLE.NAME)))
      .writer(user -> new Object[] {user.id(), user.name()})
      .build();

  /**
   * Column {@code "id"}: {@link User#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link User#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private UserTable() {
    super(DSL.name("users"));
  }

  private UserTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "users"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public UserTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, USER_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public UserTable as(String alias) {
    return new UserTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public UserTable as(Name alias) {
    return new UserTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public UserTable as(Table<?> alias) {
    return new UserTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Post} rows of each row ({@code @HasMany}), as a path:
   * {@code from(USER_TABLE.posts())} in a subquery of a query on {@code USER_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(USER_TABLE.posts().TITLE).from(USER_TABLE.posts()))}.
   */
  public PostTable posts() {
    return new PostTable(this, null, PostTable.ForeignKeys.USER_ID.getInverseKey());
  }

  /**
   * The {@link Profile} of each row ({@code @HasOne}), as a path: {@code USER_TABLE.profile().BIO}
   * in a query on {@code USER_TABLE} joins {@code "profiles"} implicitly.
   */
  public ProfileTable profile() {
    return new ProfileTable(this, null, ProfileTable.ForeignKeys.USER_ID.getInverseKey());
  }

  /**
   * {@code "users_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(USER_TABLE, "users_pkey", USER_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
