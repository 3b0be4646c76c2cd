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
 * The table {@code "notes"} of {@link Note}, for custom queries:
 * {@code NoteDao.findAll(NoteTable.NOTE_TABLE.CREATED_AT.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class NoteTable extends TableImpl<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "notes"}.
   */
  public static final NoteTable NOTE_TABLE = new NoteTable();

  /**
   * How rows of this table map to {@link Note} and back; {@link NoteDao} and the associations use it.
   */
  public static final EntityMetadata<Note, Long> ENTITY = new EntityMetadata<>(
      Note.class,
      NOTE_TABLE,
      NOTE_TABLE.ID,
      Note::id,
      List.of(NOTE_TABLE.ID, NOTE_TABLE.CREATED_AT),
      row -> new Note(row.get(NOTE_TABLE.ID), row.get(NOTE_TABLE.CREATED_AT)),
      note -> new Object[] {note.id(), note.createdAt()},
      ManagedColumns.none()
          .createdAt(NOTE_TABLE.CREATED_AT));

  /**
   * Column {@code "id"}: {@link Note#id()}.
   */
  public final TableField<Record, Long> ID = createField(DSL.name("id"),
      SQLDataType.BIGINT.nullable(false), this);

  /**
   * Column {@code "created_at"}: {@link Note#createdAt()}.
   */
  public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("created_at"),
      SQLDataType.INSTANT.nullable(false), this);

  private NoteTable() {
    super(DSL.name("notes"));
  }
}
