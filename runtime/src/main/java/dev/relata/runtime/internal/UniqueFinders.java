package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * {@code findByEmail} and {@code findAllByEmail}: reads by a {@code @Column(unique = true)} column,
 * comparing {@code lower(column)} where it is {@code ignoreCase = true}.
 */
public final class UniqueFinders {

  /** The {@code unnest(?) as "given"("value")} of {@link #findAllIgnoringCase}. */
  private static final String GIVEN = "given";
  private static final String VALUE = "value";

  private UniqueFinders() {}

  /** The row whose {@code column} holds {@code value}, or empty. One {@code SELECT}. */
  public static <E, T> Optional<E> find(
      DSLContext dsl, EntityMetadata<E, ?> entity, TableField<Record, T> column, T value, String parameter,
      String method) {
    Checks.notNull(value, parameter, method);
    return Rows.fetchOptional(entity, dsl.selectFrom(entity.table()).where(column.eq(value)));
  }

  /**
   * The rows whose {@code column} holds one of {@code values}, keyed by that value in input order;
   * values without a row are absent. One {@code SELECT ... WHERE column = any(?)}, one array
   * parameter.
   */
  public static <E, T> Map<T, E> findAll(
      DSLContext dsl, EntityMetadata<E, ?> entity, TableField<Record, T> column, Collection<? extends T> values,
      String parameter, String method) {
    Set<T> distinct = new LinkedHashSet<>(Checks.elementsNotNull(values, parameter, method));
    if (distinct.isEmpty()) {
      return Map.of();
    }
    Map<T, E> byValue = new HashMap<>();
    Rows.fetch(
        entity,
        dsl.selectFrom(entity.table()).where(Conditions.in(column, distinct)),
        (row, record) -> byValue.put(row.get(column), record));
    Map<T, E> result = new LinkedHashMap<>();
    for (T value : distinct) {
      E row = byValue.get(value);
      if (row != null) {
        result.put(value, row);
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The row whose {@code column} holds {@code value} but for case, or empty: {@code where
   * lower(column) = lower(?)}, which the unique index on {@code lower(column)} serves.
   */
  public static <E> Optional<E> findIgnoringCase(
      DSLContext dsl, EntityMetadata<E, ?> entity, TableField<Record, String> column, String value, String parameter,
      String method) {
    Checks.notNull(value, parameter, method);
    return Rows.fetchOptional(
        entity, dsl.selectFrom(entity.table()).where(DSL.lower(column).eq(DSL.lower(DSL.val(value, column)))));
  }

  /**
   * The rows whose {@code column} holds one of {@code values} but for case, keyed by the value as
   * given, in input order ({@code "Ann"} and {@code "ANN"} both name the row holding {@code "ann"});
   * values without a row are absent. One {@code SELECT} joined with {@code unnest(?)} of one array
   * parameter, so that PostgreSQL's {@code lower} decides every match, not Java's.
   */
  public static <E> Map<String, E> findAllIgnoringCase(
      DSLContext dsl, EntityMetadata<E, ?> entity, TableField<Record, String> column,
      Collection<? extends String> values, String parameter, String method) {
    Set<String> distinct = new LinkedHashSet<>(Checks.elementsNotNull(values, parameter, method));
    if (distinct.isEmpty()) {
      return Map.of();
    }
    Field<String> given = DSL.field(DSL.name(GIVEN, VALUE), String.class);
    List<Field<?>> fields = new ArrayList<>(entity.columns());
    fields.add(given);
    Map<String, E> byValue = new HashMap<>();
    Rows.fetch(
        entity,
        dsl.select(fields)
            .from(entity.table())
            .join(SqlArray.unnest(column, distinct).as(GIVEN, VALUE))
            .on(DSL.lower(column).eq(DSL.lower(given))),
        given,
        byValue::put);
    Map<String, E> result = new LinkedHashMap<>();
    for (String value : distinct) {
      E row = byValue.get(value);
      if (row != null) {
        result.put(value, row);
      }
    }
    return Collections.unmodifiableMap(result);
  }
}
