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
 * The table {@code "labellings"} of {@link Labelling}, for custom queries:
 * {@code LabellingDao.findAll(LabellingTable.LABELLING_TABLE.VERSION.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabellingTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "labellings"}.
   */
  public static final LabellingTable LABELLING_TABLE = new LabellingTable();

  /**
   * How rows of this table map to {@link Labelling} and back; {@link LabellingDao} and the associations use it.
   */
  public static final EntityMetadata<Labelling, Long> ENTITY = new EntityMetadata<>(
      Labelling.class,
      LABELLING_TABLE,
      LABELLING_TABLE.ID,
      Labelling::id,
      List.of(LABELLING_TABLE.ID, LABELLING_TABLE.LABEL_ID, LABELLING_TABLE.ACCOUNT_ID,
          LABELLING_TABLE.CREATED_AT, LABELLING_TABLE.VERSION),
      row -> new Labelling(row.get(LABELLING_TABLE.ID), row.get(LABELLING_TABLE.LABEL_ID),
          row.get(LABELLING_TABLE.ACCOUNT_ID), row.get(LABELLING_TABLE.CREATED_AT),
          row.get(LABELLING_TABLE.VERSION)),
      labelling -> new Object[] {labelling.id(), labelling.labelId(), labelling.accountId(),
          labelling.createdAt(), labelling.version()},
      ManagedColumns.none()
          .createdAt(LABELLING_TABLE.CREATED_AT)
          .version(LABELLING_TABLE.VERSION));

  /**
   * Column {@code "id"}: {@link Labelling#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "label_id"}: {@link Labelling#labelId()}.
   */
  public final TableField<Record, Long> LABEL_ID = createField(DSL.name("label_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "account_id"}: {@link Labelling#accountId()}.
   */
  public final TableField<Record, Long> ACCOUNT_ID = createField(DSL.name("account_id"),
      SQLDataType.BIGINT, this);

  /**
   * Column {@code "created_at"}: {@link Labelling#createdAt()}.
   */
  public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("created_at"),
      SQLDataType.INSTANT.nullable(false), this);

  /**
   * Column {@code "version"}: {@link Labelling#version()}.
   */
  public final TableField<Record, Integer> VERSION = createField(DSL.name("version"),
      SQLDataType.INTEGER.nullable(false), this);

  private LabellingTable() {
    super(DSL.name("labellings"));
  }
}
