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
 * stored by name, which go through the column's own converter. Dates and timestamps: jOOQ's
 * binding calls {@code getDate}/{@code getTimestamp} and converts with {@code toLocalDate}/{@code
 * toLocalDateTime}, and so do these readers, {@code infinity} and dates before the common era
 * included. An {@code Instant}: jOOQ parses the {@code timestamptz} text itself, this reader takes
 * the instant of the driver's {@code OffsetDateTime}, which is the same instant whatever offset
 * either gives it; {@code infinity}, which jOOQ's parser refuses, is refused too. An {@code
 * OffsetDateTime} has no reader: the driver gives it in UTC where jOOQ keeps the offset of the
 * text, the session's time zone, so values equal as instants would differ as {@code
 * OffsetDateTime}s; {@link #of} returns {@code null} and the entity is read through jOOQ.
 * {@code JdbcReadingTest} holds each of these against jOOQ's reading of the same row.
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
