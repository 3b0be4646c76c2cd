package dev.relata.sample.stamps;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.ManagedColumns;
import dev.relata.runtime.internal.TableKeys;
import java.time.Instant;
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
 * The table {@code "accounts"} of {@link Account}, for custom queries:
 * {@code AccountDao.findAll(AccountTable.ACCOUNT_TABLE.VERSION.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class AccountTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "accounts"}.
   */
  public static final AccountTable ACCOUNT_TABLE = new AccountTable();

  /**
   * How rows of this table map to {@link Account} and back; {@link AccountDao} and the associations use it.
   */
  public static final EntityMetadata<Account, Long> ENTITY = EntityMetadata.<Account, Long>builder(Account.class, ACCOUNT_TABLE)
      .id(ACCOUNT_TABLE.ID, Account::id)
      .columns(List.of(ACCOUNT_TABLE.ID, ACCOUNT_TABLE.NAME, ACCOUNT_TABLE.CREATED_AT,
          ACCOUNT_TABLE.UPDATED_AT, ACCOUNT_TABLE.VERSION))
      .components(List.of("id", "name", "createdAt", "updatedAt", "version"))
      .reader(row -> new Account(row.get(ACCOUNT_TABLE.ID), row.get(ACCOUNT_TABLE.NAME),
          row.get(ACCOUNT_TABLE.CREATED_AT), row.get(ACCOUNT_TABLE.UPDATED_AT),
          row.get(ACCOUNT_TABLE.VERSION)))
      .writer(account -> new Object[] {account.id(), account.name(), account.createdAt(),
          account.updatedAt(), account.version()})
      .managed(ManagedColumns.none()
          .createdAt(ACCOUNT_TABLE.CREATED_AT)
          .updatedAt(ACCOUNT_TABLE.UPDATED_AT)
          .version(ACCOUNT_TABLE.VERSION))
      .build();

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

  private AccountTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "accounts"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public AccountTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, ACCOUNT_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public AccountTable as(String alias) {
    return new AccountTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public AccountTable as(Name alias) {
    return new AccountTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public AccountTable as(Table<?> alias) {
    return new AccountTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Entry} rows of each row ({@code @HasMany}), as a path:
   * {@code from(ACCOUNT_TABLE.entries())} in a subquery of a query on {@code ACCOUNT_TABLE} reads those of the outer
   * row (path correlation), e.g. {@code multiset(select(ACCOUNT_TABLE.entries().AMOUNT).from(ACCOUNT_TABLE.entries()))}.
   */
  public EntryTable entries() {
    return new EntryTable(this, null, EntryTable.ForeignKeys.ACCOUNT_ID.getInverseKey());
  }

  /**
   * {@code "accounts_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(ACCOUNT_TABLE, "accounts_pkey",
        ACCOUNT_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
