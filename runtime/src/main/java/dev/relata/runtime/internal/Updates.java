package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.exception.DataChangedException;
import org.jooq.impl.DSL;

/**
 * {@code update} and {@code delete} of one row by its id, checking its {@code @Version} where the
 * entity has one: the statement changes the row only if the stored version is the record's, and
 * when it changes nothing the stored version is read (in the caller's transaction) to tell a
 * missing row from a stale record.
 */
public final class Updates {

  private Updates() {}

  /**
   * {@code update ... set <every component but the id and @CreatedAt>, "updated_at" = case when
   * (<those columns>) is distinct from (<their new values>) then now() else "updated_at" end,
   * "version" = case when ... then "version" + 1 else "version" end where "id" = ? and "version" =
   * ? returning *}: a row written with the values it holds keeps its {@code @UpdatedAt} and
   * {@code @Version}. One statement, so that no concurrent change slips between a comparison and
   * the write: PostgreSQL compares with the row as it is when it writes it. The new values are
   * bound twice, once to write and once to compare.
   */
  public static <E, ID> Optional<E> update(DSLContext dsl, EntityMetadata<E, ID> entity, E row, String method) {
    ID id = Checks.storedId(entity, row, "row", method);
    Object[] values = entity.values(row);
    ManagedColumns managed = entity.managed();
    Map<Field<?>, Object> assignments = new LinkedHashMap<>();
    List<Field<?>> written = new ArrayList<>();
    List<Field<?>> given = new ArrayList<>();
    List<TableField<Record, ?>> columns = entity.columns();
    for (int i = 0; i < columns.size(); i++) {
      TableField<Record, ?> column = columns.get(i);
      if (!column.equals(entity.id()) && !managed.contains(column)) {
        Object value = entity.requireAllowed(i, values[i], method);
        assignments.put(column, value);
        written.add(column);
        given.add(DSL.val(value, column));
      }
    }
    // An entity of nothing but its id and stamps has nothing of its own to change: every update stamps it.
    assignments.putAll(
        written.isEmpty() ? managed.onChange() : managed.onChange(DSL.row(written).isDistinctFrom(DSL.row(given))));
    Condition which = entity.id().eq(id).and(versionIs(entity, values, method));
    if (assignments.isEmpty()) {
      // Nothing to write (an entity of nothing but its id and @CreatedAt): the row as it is.
      return Rows.fetchOptional(entity, entity.byId(dsl, id));
    }
    Record stored = dsl.update(entity.table()).set(assignments).where(which).returning(columns).fetchOne();
    if (stored != null) {
      return Optional.of(entity.read(stored));
    }
    requireNotStale(dsl, entity, id, values, method);
    return Optional.empty();
  }

  /** {@code delete from ... where "id" = ? and "version" = ?}: whether there was such a row. */
  public static <E, ID> boolean delete(DSLContext dsl, EntityMetadata<E, ID> entity, E row, String method) {
    ID id = Checks.storedId(entity, row, "row", method);
    Object[] values = entity.values(row);
    Condition which = entity.id().eq(id).and(versionIs(entity, values, method));
    if (dsl.deleteFrom(entity.table()).where(which).execute() > 0) {
      return true;
    }
    requireNotStale(dsl, entity, id, values, method);
    return false;
  }

  /** {@code "version" = ?} with the record's version; no condition for an entity without one. */
  private static Condition versionIs(EntityMetadata<?, ?> entity, Object[] values, String method) {
    TableField<Record, ? extends Number> version = entity.managed().version();
    if (version == null) {
      return DSL.noCondition();
    }
    Object given = values[entity.indexOf(version)];
    if (given == null) {
      throw new NullPointerException(
          "row's version (column \"" + version.getName() + "\") must not be null: " + entity.name()
              + " rows are changed only at the version they were read with (" + method + ")");
    }
    return equal(version, given);
  }

  /** {@code column = ?}, {@code value} bound as the column's type. */
  private static <T> Condition equal(Field<T> column, Object value) {
    return column.eq(DSL.val(value, column));
  }

  /**
   * After a statement that changed nothing: a {@link DataChangedException} if the row is there at
   * another version than the record's (nothing was changed), else nothing (there is no such row).
   */
  private static <ID> void requireNotStale(
      DSLContext dsl, EntityMetadata<?, ID> entity, ID id, Object[] values, String method) {
    TableField<Record, ? extends Number> version = entity.managed().version();
    if (version == null) {
      return;
    }
    Optional<? extends Number> stored =
        dsl.select(version).from(entity.table()).where(entity.id().eq(id)).fetchOptional(version);
    if (stored.isPresent()) {
      throw new DataChangedException(
          method + ": " + entity.name() + " " + id + " is at version " + stored.get() + " in \""
              + entity.table().getName() + "\", but the row given has version " + values[entity.indexOf(version)]
              + ": it changed since it was read; nothing was changed. Read it again and retry.");
    }
  }
}
