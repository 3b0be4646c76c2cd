package dev.relata.runtime.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * Reads one column's value straight from a JDBC {@link ResultSet}, giving what jOOQ would have
 * put into a {@code Record} for the same column.
 *
 * <p>Only for the types whose value the PostgreSQL driver returns exactly as jOOQ's own binding
 * reads it (the same {@code getLong}/{@code wasNull}, {@code getString}, ... calls), and enums
 * stored by name, which go through the column's own converter. Date and time types are not among
 * them: jOOQ parses PostgreSQL's text for those itself (offsets, {@code infinity}, dates before
 * the common era), so {@link #of} returns {@code null} and the entity is read through jOOQ.
 */
@FunctionalInterface
interface ColumnReader {

  /** The value at {@code position} (1-based) of the current row of {@code rows}. */
  Object read(ResultSet rows, int position) throws SQLException;

  /** The reader of each type ({@link StoredType#reader}), by the Java type the driver is asked for. */
  Map<Class<?>, ColumnReader> BY_TYPE = readers();

  private static Map<Class<?>, ColumnReader> readers() {
    Map<Class<?>, ColumnReader> readers = new java.util.HashMap<>();
    for (StoredType type : StoredType.values()) {
      if (type.reader() != null) {
        readers.putIfAbsent(type.dataType().getType(), type.reader());
      }
    }
    return Map.copyOf(readers);
  }

  /**
   * The reader of {@code column}, or {@code null} where its type is one the driver and jOOQ do
   * not read alike (see the class comment).
   */
  static ColumnReader of(Field<?> column) {
    @SuppressWarnings("unchecked") // a column's converter takes what the database gives
    Converter<Object, ?> converter = (Converter<Object, ?>) column.getConverter();
    ColumnReader raw = BY_TYPE.get(converter.fromType());
    if (raw == null || converter.fromType() == converter.toType()) {
      return raw;
    }
    return (rows, i) -> converter.from(raw.read(rows, i));
  }
}
