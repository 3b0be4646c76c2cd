package dev.relata.sample.blog;

import dev.relata.runtime.EntityMetadata;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "users"} of {@link User}, for custom queries:
 * {@code UserDao.findAll(UserTable.USER_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class UserTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "users"}.
   */
  public static final UserTable USER_TABLE = new UserTable();

  /**
   * How rows of this table map to {@link User} and back; {@link UserDao} and the associations use it.
   */
  public static final EntityMetadata<User, Long> ENTITY = new EntityMetadata<>(
      User.class,
      USER_TABLE,
      USER_TABLE.ID,
      User::id,
      List.of(USER_TABLE.ID, USER_TABLE.NAME),
      row -> new User(row.get(USER_TABLE.ID), row.get(USER_TABLE.NAME)),
      user -> new Object[] {user.id(), user.name()});

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
}
