package dev.relata.sample.stamps;

import dev.relata.runtime.internal.EntityMetadata;
import dev.relata.runtime.internal.ManagedColumns;
import dev.relata.runtime.internal.TableKeys;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
 * The table {@code "entries"} of {@link Entry}, for custom queries:
 * {@code EntryDao.findAll(EntryTable.ENTRY_TABLE.VERSION.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class EntryTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "entries"}.
   */
  public static final EntryTable ENTRY_TABLE = new EntryTable();

  /**
   * How rows of this table map to {@link Entry} and back; {@link EntryDao} and the associations use it.
   */
  public static final EntityMetadata<Entry, Long> ENTITY = EntityMetadata.<Entry, Long>builder(Entry.class, ENTRY_TABLE)
      .id(ENTRY_TABLE.ID, Entry::id)
      .columns(List.of(ENTRY_TABLE.ID, ENTRY_TABLE.ACCOUNT_ID, ENTRY_TABLE.AMOUNT,
          ENTRY_TABLE.CHANGED_AT, ENTRY_TABLE.VERSION))
      .components(List.of("id", "accountId", "amount", "changedAt", "version"))
      .reader(row -> new Entry(row.get(ENTRY_TABLE.ID), row.get(ENTRY_TABLE.ACCOUNT_ID),
          row.get(ENTRY_TABLE.AMOUNT), row.get(ENTRY_TABLE.CHANGED_AT),
          row.get(ENTRY_TABLE.VERSION)))
      .writer(entry -> new Object[] {entry.id(), entry.accountId(), entry.amount(),
          entry.changedAt(), entry.version()})
      .managed(ManagedColumns.none()
          .updatedAt(ENTRY_TABLE.CHANGED_AT)
          .version(ENTRY_TABLE.VERSION))
      .build();

  /**
   * Column {@code "id"}: {@link Entry#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "account_id"}: {@link Entry#accountId()}.
   */
  public final TableField<Record, Long> ACCOUNT_ID = createField(DSL.name("account_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "amount"}: {@link Entry#amount()}.
   */
  public final TableField<Record, BigDecimal> AMOUNT = createField(DSL.name("amount"),
      SQLDataType.NUMERIC, this);

  /**
   * Column {@code "changed_at"}: {@link Entry#changedAt()}.
   */
  public final TableField<Record, OffsetDateTime> CHANGED_AT = createField(DSL.name("changed_at"),
      SQLDataType.OFFSETDATETIME.nullable(false), this);

  /**
   * Column {@code "version"}: {@link Entry#version()}.
   */
  public final TableField<Record, Integer> VERSION = createField(DSL.name("version"),
      SQLDataType.INTEGER.nullable(false), this);

  private EntryTable() {
    super(DSL.name("entries"));
  }

  private EntryTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "entries"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public EntryTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, ENTRY_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public EntryTable as(String alias) {
    return new EntryTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public EntryTable as(Name alias) {
    return new EntryTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public EntryTable as(Table<?> alias) {
    return new EntryTable(alias.getQualifiedName(), this);
  }

  /**
   * The {@link Account} of each row ({@code @BelongsTo}), as a path: {@code ENTRY_TABLE.account().NAME}
   * in a query on {@code ENTRY_TABLE} joins {@code "accounts"} implicitly.
   */
  public AccountTable account() {
    return new AccountTable(this, ForeignKeys.ACCOUNT_ID, null);
  }

  /**
   * {@code "entries_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  /**
   * The foreign keys of this table, as {@code RelataSchema} creates them:
   * {@code "entries_account_id_fkey"}.
   */
  @Override
  public List<ForeignKey<Record, ?>> getReferences() {
    return List.of(ForeignKeys.ACCOUNT_ID);
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(ENTRY_TABLE, "entries_pkey",
        ENTRY_TABLE.ID);

    private UniqueKeys() {
    }
  }

  /**
   * The foreign keys of {@code "entries"}, named as {@code RelataSchema} creates them, one per column:
   * for {@code onKey(...)}, or jOOQ's other uses of keys.
   */
  public static final class ForeignKeys {
    /**
     * {@code "entries_account_id_fkey"}: {@code "account_id"} references {@code "accounts"} ({@link Account}).
     */
    public static final ForeignKey<Record, Record> ACCOUNT_ID = TableKeys.foreignKey(
        ENTRY_TABLE,
        "entries_account_id_fkey",
        ENTRY_TABLE.ACCOUNT_ID,
        AccountTable.ACCOUNT_TABLE.getPrimaryKey());

    private ForeignKeys() {
    }
  }
}
