package dev.relata.runtime.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The rows an association sees: pairs of a column and the constant it must hold ({@code
 * @Where(component = "status", value = "APPROVED")} is {@code COMMENT_TABLE.STATUS} and {@code
 * Status.APPROVED}). Reads add {@link #condition()}; writes set {@link #values()} on the rows they
 * link and first {@link #check} the records in hand. No pair at all ({@link #none()}) is the
 * unscoped association: its condition renders nothing and it writes nothing.
 *
 * <p>Built by generated code from the table's fields and constants of their types: {@code
 * Scope.where(COMMENT_TABLE.STATUS, Status.APPROVED).and(COMMENT_TABLE.PINNED, true)}. Immutable.
 *
 * <p>A pair may be part of the key rather than a user's scope: the type column of a polymorphic
 * key ({@code Scope.key(COMMENT_TABLE.COMMENTABLE_TYPE, "Video")} on {@code Video}'s comments).
 * Reads filter by it and writes set it like any pair, but a row holding another value there is
 * not refused (linking it moves it from its other parent), unlinking clears it with the foreign
 * key ({@link #cleared()}), and it holds even where a write reaches out of scope ({@link
 * #keyCondition()}).
 */
public final class Scope {

  private static final Scope NONE = new Scope(List.of());

  /** One column and its constant; {@code key} where it is part of the key, not a user's scope. */
  private record Pair<T>(TableField<Record, T> column, T value, boolean key) {

    Condition holds() {
      return column.eq(DSL.val(value, column));
    }

    Condition departs() {
      return column.isDistinctFrom(DSL.val(value, column));
    }
  }

  private final List<Pair<?>> pairs;

  private Scope(List<Pair<?>> pairs) {
    this.pairs = pairs;
  }

  /** The scope of an unscoped association: every row. */
  public static Scope none() {
    return NONE;
  }

  /**
   * The rows whose {@code column} holds {@code value}.
   *
   * @param column a column of the table whose rows are scoped
   * @param value a constant of the column's type, never {@code null}
   * @param <T> the column's type
   */
  public static <T> Scope where(TableField<Record, T> column, T value) {
    return NONE.and(column, value);
  }

  /** This scope's rows whose {@code column} holds {@code value} too: several pairs must all hold. */
  public <T> Scope and(TableField<Record, T> column, T value) {
    List<Pair<?>> more = new ArrayList<>(pairs);
    more.add(new Pair<>(requireNonNull(column, "column"), requireNonNull(value, "value"), false));
    return new Scope(Collections.unmodifiableList(more));
  }

  /**
   * The rows whose {@code column}, part of their key, holds {@code value}: the type column of a
   * polymorphic key, which names the parent's record.
   */
  public static <T> Scope key(TableField<Record, T> column, T value) {
    return new Scope(List.of(new Pair<>(requireNonNull(column, "column"), requireNonNull(value, "value"), true)));
  }

  /** The condition of the pairs that are part of the key: what holds even where a write reaches out of scope. */
  public Condition keyCondition() {
    List<Condition> key = pairs.stream().filter(Pair::key).map(Pair::holds).toList();
    return key.isEmpty() ? DSL.noCondition() : DSL.and(key);
  }

  /** What unlinking sets besides the foreign key: {@code null} in each column that is part of the key. */
  public Map<Field<?>, Object> cleared() {
    Map<Field<?>, Object> values = new LinkedHashMap<>();
    for (Pair<?> pair : pairs) {
      if (pair.key()) {
        values.put(pair.column(), null);
      }
    }
    return values;
  }

  /** Whether it has no pair: every row is in scope. */
  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** What reads add: {@code column = value and ...}, the values bound; no condition when empty. */
  public Condition condition() {
    // DSL.and() of no condition is TRUE, which would show in every unscoped statement.
    return pairs.isEmpty() ? DSL.noCondition() : DSL.and(pairs.stream().map(Pair::holds).toList());
  }

  /**
   * The rows out of scope: {@code column is distinct from value or ...} (a {@code null} there is
   * out of scope too); no row when empty.
   */
  public Condition outside() {
    return pairs.isEmpty() ? DSL.falseCondition() : DSL.or(pairs.stream().map(Pair::departs).toList());
  }

  /** What writes set on the rows they link or insert, column by column, in declaration order. */
  public Map<Field<?>, Object> values() {
    Map<Field<?>, Object> values = new LinkedHashMap<>();
    for (Pair<?> pair : pairs) {
      values.put(pair.column(), pair.value());
    }
    return values;
  }

  /** {@link #values()} on top of {@code others}: what an insert of a scoped row overrides. */
  public Map<Field<?>, Object> valuesAnd(Map<Field<?>, Object> others) {
    Map<Field<?>, Object> values = new LinkedHashMap<>(others);
    values.putAll(values());
    return values;
  }

  /**
   * Refuses {@code row} where one of the scoped components holds another value than its constant
   * ({@code null} there is fine: the write sets it): an {@link IllegalArgumentException} naming
   * the method, the entity, the component and the row's id, never the row's values, before
   * anything is sent.
   *
   * @param entity the entity whose table the scope's columns are on
   * @param row the record in hand
   * @param method the generated method, as messages name it ({@code PostDao.addApprovedComment})
   */
  public <E> void check(EntityMetadata<E, ?> entity, E row, String method) {
    if (pairs.isEmpty()) {
      return;
    }
    Object[] values = entity.values(row);
    for (Pair<?> pair : pairs) {
      if (pair.key()) {
        continue; // linking a row of another parent moves it here
      }
      int index = entity.indexOf(pair.column());
      Object held = values[index];
      if (held != null && !Objects.equals(held, pair.value())) {
        Object id = entity.idOf(row);
        throw new IllegalArgumentException(
            method + ": " + (id == null ? "the new " + entity.name() : entity.name() + " " + id) + " is out of its"
                + " scope: its " + entity.component(index) + " is not " + pair.value() + " (give it "
                + pair.value() + " or null); nothing was changed");
      }
    }
  }

  /** {@link #check} of each of {@code rows}. */
  public <E> void checkAll(EntityMetadata<E, ?> entity, Collection<? extends E> rows, String method) {
    if (pairs.isEmpty()) {
      return;
    }
    for (E row : rows) {
      check(entity, row, method);
    }
  }

  /**
   * Refuses, before anything is sent, a new row of a graph's insert whose scoped component holds
   * another non-null value than its constant, the type of a polymorphic key included (insert
   * fills it as it fills the foreign key): an {@link IllegalArgumentException} naming the method,
   * the entity, the component and the row's id, never the row's values.
   *
   * @param entity the entity whose table the scope's columns are on
   * @param rows the rows the graph nests under the association
   * @param method the loader's method, as messages name it ({@code PostPageLoader.insert})
   */
  public <E> void checkInserts(EntityMetadata<E, ?> entity, Collection<? extends E> rows, String method) {
    for (E row : rows) {
      Object[] values = entity.values(row);
      for (Pair<?> pair : pairs) {
        int index = entity.indexOf(pair.column());
        if (values[index] != null && !Objects.equals(values[index], pair.value())) {
          Object id = entity.idOf(row);
          throw new IllegalArgumentException(
              method + ": " + (id == null ? "a new " + entity.name() : entity.name() + " " + id) + " is out of the"
                  + " association's scope: its " + entity.component(index) + " is not " + pair.value() + " (give it "
                  + pair.value() + " or null: insert fills it); nothing was sent");
        }
      }
    }
  }

  /** {@code rows}, each with the scope's values set: what a graph's insert stores under the association. */
  public <E> List<E> fill(EntityMetadata<E, ?> entity, List<E> rows) {
    if (pairs.isEmpty()) {
      return rows;
    }
    List<E> filled = new ArrayList<>(rows.size());
    for (E row : rows) {
      E scoped = row;
      for (Pair<?> pair : pairs) {
        scoped = entity.with(scoped, pair.column(), pair.value());
      }
      filled.add(scoped);
    }
    return filled;
  }

  @Override
  public String toString() {
    return "Scope" + values();
  }
}
