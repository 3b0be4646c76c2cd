package dev.relata.runtime.internal;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The SQL fragments the DAOs share. */
public final class Conditions {

  /**
   * {@code count(*)} as a {@code bigint}, PostgreSQL's type for it: jOOQ's {@code count()} is an
   * {@code int}, so it is coerced (the SQL is unchanged).
   */
  public static final Field<Long> COUNT = DSL.count().coerce(SQLDataType.BIGINT);

  private Conditions() {}

  /** {@code column = any(?)}, the values bound as one typed array. */
  public static Condition in(Field<?> column, Collection<?> values) {
    return anyOf(column, SqlArray.of(column, values));
  }

  /** {@code column = any(array)}, {@code array} a parameter from {@link SqlArray#of}. */
  static Condition anyOf(Field<?> column, Field<?> array) {
    return untyped(column).eq(DSL.any(asArray(array)));
  }

  /** {@code column <> all(?)}, the values bound as one typed array. */
  static Condition notIn(Field<?> column, Collection<?> values) {
    return untyped(column).ne(DSL.all(asArray(SqlArray.of(column, values))));
  }

  /** {@code count(distinct column)} as a {@code bigint}. */
  static Field<Long> countDistinct(Field<?> column) {
    return DSL.countDistinct(column).coerce(SQLDataType.BIGINT);
  }

  @SuppressWarnings("unchecked") // compared with an array of its own values: the types agree in SQL
  private static Field<Object> untyped(Field<?> column) {
    return (Field<Object>) column;
  }

  @SuppressWarnings("unchecked") // an array parameter of SqlArray (or a column of such arrays)
  private static Field<Object[]> asArray(Field<?> array) {
    return (Field<Object[]>) array;
  }
}
