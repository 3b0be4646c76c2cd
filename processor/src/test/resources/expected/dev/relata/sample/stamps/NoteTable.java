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
 * The table {@code "notes"} of {@link Note}, for custom queries:
 * {@code NoteDao.findAll(NoteTable.NOTE_TABLE.CREATED_AT.eq(...))}.
 *
 * <p>Each field is named after its record component, whatever its column's name. The table
 * declares the keys {@code RelataSchema} creates (so {@code join(...).onKey()} works) and has a
 * path per association, for jOOQ's implicit joins and path correlation.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class NoteTable extends TableImpl<Record> implements Path<Record> {
  private static final long serialVersionUID = 1L;

  /**
   * The table {@code "notes"}.
   */
  public static final NoteTable NOTE_TABLE = new NoteTable();

  /**
   * How rows of this table map to {@link Note} and back; {@link NoteDao} and the associations use it.
   */
  public static final EntityMetadata<Note, Long> ENTITY = EntityMetadata.<Note, Long>builder(Note.class, NOTE_TABLE)
      .id(NOTE_TABLE.ID, Note::id)
      .columns(List.of(NOTE_TABLE.ID, NOTE_TABLE.CREATED_AT))
      .components(List.of("id", "createdAt"))
      .reader(row -> new Note(row.get(NOTE_TABLE.ID), row.get(NOTE_TABLE.CREATED_AT)))
      .writer(note -> new Object[] {note.id(), note.createdAt()})
      .managed(ManagedColumns.none()
          .createdAt(NOTE_TABLE.CREATED_AT))
      .build();

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

  private NoteTable(Name alias, Table<Record> aliased) {
    super(alias, null, aliased);
  }

  /**
   * The table {@code "notes"} reached from {@code path}: through {@code childPath}, a foreign key of
   * {@code path} to this table, or {@code parentPath}, one of this table to {@code path}. Path
   * methods such as {@code POST_TABLE.user()} make these; jOOQ joins them implicitly.
   */
  public NoteTable(Table<?> path, ForeignKey<?, Record> childPath,
      InverseForeignKey<?, Record> parentPath) {
    super(path, childPath, parentPath, NOTE_TABLE);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public NoteTable as(String alias) {
    return new NoteTable(DSL.name(alias), this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public NoteTable as(Name alias) {
    return new NoteTable(alias, this);
  }

  /**
   * This table under another name, with its fields and keys: for self-joins.
   */
  @Override
  public NoteTable as(Table<?> alias) {
    return new NoteTable(alias.getQualifiedName(), this);
  }

  /**
   * {@code "notes_pkey"}, on {@link #ID}.
   */
  @Override
  public UniqueKey<Record> getPrimaryKey() {
    return UniqueKeys.ID;
  }

  private static final class UniqueKeys {
    static final UniqueKey<Record> ID = TableKeys.unique(NOTE_TABLE, "notes_pkey", NOTE_TABLE.ID);

    private UniqueKeys() {
    }
  }
}
