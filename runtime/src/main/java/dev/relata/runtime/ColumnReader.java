package dev.relata.runtime;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
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

  /** The reader of each type, by the Java type the driver is asked for. */
  Map<Class<?>, ColumnReader> BY_TYPE =
      Map.ofEntries(
          Map.entry(Long.class, (rows, i) -> orNull(rows, rows.getLong(i))),
          Map.entry(Integer.class, (rows, i) -> orNull(rows, rows.getInt(i))),
          Map.entry(Short.class, (rows, i) -> orNull(rows, rows.getShort(i))),
          Map.entry(Boolean.class, (rows, i) -> orNull(rows, rows.getBoolean(i))),
          Map.entry(Double.class, (rows, i) -> orNull(rows, rows.getDouble(i))),
          Map.entry(Float.class, (rows, i) -> orNull(rows, rows.getFloat(i))),
          Map.entry(String.class, ResultSet::getString),
          Map.entry(BigDecimal.class, ResultSet::getBigDecimal),
          Map.entry(byte[].class, ResultSet::getBytes),
          Map.entry(UUID.class, (rows, i) -> rows.getObject(i, UUID.class)));

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

  /** {@code value}, or {@code null} when the column just read was SQL {@code NULL}. */
  private static Object orNull(ResultSet rows, Object value) throws SQLException {
    return rows.wasNull() ? null : value;
  }
}
