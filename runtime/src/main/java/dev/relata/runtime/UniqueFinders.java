package dev.relata.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/** {@code findByEmail} and {@code findAllByEmail}: reads by a {@code @Column(unique = true)} column. */
final class UniqueFinders {

  private UniqueFinders() {}

  /** The row whose {@code column} holds {@code value}, or empty. One {@code SELECT}. */
  static <E, T> Optional<E> find(
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
  static <E, T> Map<T, E> findAll(
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
}
