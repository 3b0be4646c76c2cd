package dev.relata.sample.stamps;

import dev.relata.runtime.EntityMetadata;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table {@code "labels"} of {@link Label}, for custom queries:
 * {@code LabelDao.findAll(LabelTable.LABEL_TABLE.NAME.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabelTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "labels"}.
   */
  public static final LabelTable LABEL_TABLE = new LabelTable();

  /**
   * How rows of this table map to {@link Label} and back; {@link LabelDao} and the associations use it.
   */
  public static final EntityMetadata<Label, Long> ENTITY = new EntityMetadata<>(
      Label.class,
      LABEL_TABLE,
      LABEL_TABLE.ID,
      Label::id,
      List.of(LABEL_TABLE.ID, LABEL_TABLE.NAME),
      row -> new Label(row.get(LABEL_TABLE.ID), row.get(LABEL_TABLE.NAME)),
      label -> new Object[] {label.id(), label.name()});

  /**
   * Column {@code "id"}: {@link Label#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "name"}: {@link Label#name()}.
   */
  public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR,
      this);

  private LabelTable() {
    super(DSL.name("labels"));
  }
}
