package dev.relata.runtime;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The SQL fragments the DAOs share. */
final class Conditions {

  /** {@code count(*)} as a {@code bigint}: jOOQ's {@code count()} is an {@code int}. */
  static final Field<Long> COUNT = DSL.field("count(*)", SQLDataType.BIGINT);

  private Conditions() {}

  /** {@code column = any(?)}, the values bound as one typed array. */
  static Condition in(Field<?> column, Collection<?> values) {
    return anyOf(column, SqlArray.of(column, values));
  }

  /** {@code column = any(array)}, {@code array} a parameter from {@link SqlArray#of}. */
  static Condition anyOf(Field<?> column, Field<?> array) {
    return DSL.condition("{0} = any({1})", column, array);
  }

  /** {@code column <> all(?)}, the values bound as one typed array. */
  static Condition notIn(Field<?> column, Collection<?> values) {
    return DSL.condition("{0} <> all({1})", column, SqlArray.of(column, values));
  }

  /** {@code count(distinct column)} as a {@code bigint}. */
  static Field<Long> countDistinct(Field<?> column) {
    return DSL.field("count(distinct {0})", SQLDataType.BIGINT, column);
  }
}
