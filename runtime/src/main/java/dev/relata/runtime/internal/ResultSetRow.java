package dev.relata.runtime.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;

/**
 * The current row of a JDBC result set holding an entity's columns in order (from its first
 * column, or after {@code offset} columns of another entity), read column by column as the
 * entity's reader asks for them. One instance serves every row of the result.
 */
final class ResultSetRow implements RowValues {

  private final ResultSet rows;
  private final EntityMetadata<?, ?> entity;
  private final List<TableField<Record, ?>> columns;
  private final ColumnReader[] readers;
  private final int offset;
  /** Where the next {@link #get} most likely points: readers ask in column order. */
  private int next;

  ResultSetRow(ResultSet rows, EntityMetadata<?, ?> entity, ColumnReader[] readers) {
    this(rows, entity, readers, 0);
  }

  /** The entity's columns come after {@code offset} others in each row. */
  ResultSetRow(ResultSet rows, EntityMetadata<?, ?> entity, ColumnReader[] readers, int offset) {
    this.offset = offset;
    this.rows = rows;
    this.entity = entity;
    this.columns = entity.columns();
    this.readers = readers;
  }

  /** Moves to the next row; false after the last. */
  boolean next() throws SQLException {
    next = 0;
    return rows.next();
  }

  /** Starts reading the current row again, which another reader of the same result set moved to. */
  void sameRow() {
    next = 0;
  }

  @Override
  @SuppressWarnings("unchecked") // each column's reader gives that column's type
  public <T> T get(Field<T> column) {
    int index = next < columns.size() && columns.get(next) == column ? next : entity.indexOf(column);
    next = index + 1;
    try {
      return (T) readers[index].read(rows, offset + index + 1);
    } catch (SQLException | RuntimeException e) {
      // As jOOQ reports a value it cannot read (an enum name the enum lacks, a lost connection).
      throw new DataAccessException(
          "Error while reading field: " + column + ", at JDBC index: " + (offset + index + 1) + " (" + entity.name() + ")", e);
    }
  }
}
