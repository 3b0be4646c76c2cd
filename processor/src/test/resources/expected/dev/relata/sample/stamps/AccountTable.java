package dev.relata.sample.stamps;

import dev.relata.runtime.EntityMetadata;
import dev.relata.runtime.ManagedColumns;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "accounts"} of {@link Account}, for custom queries:
 * {@code AccountDao.findAll(AccountTable.ACCOUNT_TABLE.VERSION.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class AccountTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "accounts"}.
   */
  public static final AccountTable ACCOUNT_TABLE = new AccountTable();

  /**
   * How rows of this table map to {@link Account} and back; {@link AccountDao} and the associations use it.
   */
  public static final EntityMetadata<Account, Long> ENTITY = new EntityMetadata<>(
      Account.class,
      ACCOUNT_TABLE,
      ACCOUNT_TABLE.ID,
      Account::id,
      List.of(ACCOUNT_TABLE.ID, ACCOUNT_TABLE.NAME, ACCOUNT_TABLE.CREATED_AT,
          ACCOUNT_TABLE.UPDATED_AT, ACCOUNT_TABLE.VERSION),
      row -> new Account(row.get(ACCOUNT_TABLE.ID), row.get(ACCOUNT_TABLE.NAME),
          row.get(ACCOUNT_TABLE.CREATED_AT), row.get(ACCOUNT_TABLE.UPDATED_AT),
          row.get(ACCOUNT_TABLE.VERSION)),
      account -> new Object[] {account.id(), account.name(), account.createdAt(),
          account.updatedAt(), account.version()},
      ManagedColumns.none()
          .createdAt(ACCOUNT_TABLE.CREATED_AT)
          .updatedAt(ACCOUNT_TABLE.UPDATED_AT)
          .version(ACCOUNT_TABLE.VERSION));

  /**
   * Column {@code "id"}: {@link Account#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Account#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  /**
   * Column {@code "created_at"}: {@link Account#createdAt()}.
   */
  public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("created_at"),
      SQLDataType.INSTANT.nullable(false), this);

  /**
   * Column {@code "updated_at"}: {@link Account#updatedAt()}.
   */
  public final TableField<Record, Instant> UPDATED_AT = createField(DSL.name("updated_at"),
      SQLDataType.INSTANT.nullable(false), this);

  /**
   * Column {@code "version"}: {@link Account#version()}.
   */
  public final TableField<Record, Long> VERSION = createField(DSL.name("version"),
      SQLDataType.BIGINT.nullable(false), this);

  private AccountTable() {
    super(DSL.name("accounts"));
  }
}
