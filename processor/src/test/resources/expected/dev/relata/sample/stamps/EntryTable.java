package dev.relata.sample.stamps;

import dev.relata.runtime.EntityMetadata;
import dev.relata.runtime.ManagedColumns;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "entries"} of {@link Entry}, for custom queries:
 * {@code EntryDao.findAll(EntryTable.ENTRY_TABLE.VERSION.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class EntryTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "entries"}.
   */
  public static final EntryTable ENTRY_TABLE = new EntryTable();

  /**
   * How rows of this table map to {@link Entry} and back; {@link EntryDao} and the associations use it.
   */
  public static final EntityMetadata<Entry, Long> ENTITY = new EntityMetadata<>(
      Entry.class,
      ENTRY_TABLE,
      ENTRY_TABLE.ID,
      Entry::id,
      List.of(ENTRY_TABLE.ID, ENTRY_TABLE.ACCOUNT_ID, ENTRY_TABLE.AMOUNT, ENTRY_TABLE.CHANGED_AT,
          ENTRY_TABLE.VERSION),
      row -> new Entry(row.get(ENTRY_TABLE.ID), row.get(ENTRY_TABLE.ACCOUNT_ID),
          row.get(ENTRY_TABLE.AMOUNT), row.get(ENTRY_TABLE.CHANGED_AT),
          row.get(ENTRY_TABLE.VERSION)),
      entry -> new Object[] {entry.id(), entry.accountId(), entry.amount(), entry.changedAt(),
          entry.version()},
      ManagedColumns.none()
          .updatedAt(ENTRY_TABLE.CHANGED_AT)
          .version(ENTRY_TABLE.VERSION));

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
}
