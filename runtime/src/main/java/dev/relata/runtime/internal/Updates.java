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
   * {@code update ... set <every component but the id and @CreatedAt>, "updated_at" = now(),
   * "version" = "version" + 1 where "id" = ? and "version" = ? and (<those columns>) is distinct
   * from (<their new values>) returning *}: a row given the values it holds is not written, and
   * keeps its {@code @UpdatedAt} and {@code @Version}. PostgreSQL evaluates the condition on the row
   * as it is when it writes it (after any concurrent writer of it commits), so no change slips
   * between the comparison and the write. Where that statement writes nothing, one read of the row
   * tells a missing row, a stale record and a row that holds the values already apart. The guard is
   * in the {@code where} clause rather than a {@code case} around {@code now()} in the {@code set}
   * list, which Citus refuses ("non-IMMUTABLE functions are not allowed in CASE").
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
    Map<Field<?>, Field<?>> stamps = managed.onChange();
    assignments.putAll(stamps);
    if (assignments.isEmpty()) {
      // Nothing to write (an entity of nothing but its id and @CreatedAt): the row as it is.
      return Rows.fetchOptional(entity, entity.byId(dsl, id));
    }
    // Only stamps are worth keeping; an entity of nothing but its id and stamps has no values to
    // compare, and every update stamps it.
    boolean guarded = !written.isEmpty() && !stamps.isEmpty();
    Condition which = entity.id().eq(id).and(versionIs(entity, values, method));
    if (guarded) {
      which = which.and(DSL.row(written).isDistinctFrom(DSL.row(given)));
    }
    Record stored = dsl.update(entity.table()).set(assignments).where(which).returning(columns).fetchOne();
    if (stored != null) {
      return Optional.of(entity.read(stored));
    }
    if (!guarded) {
      requireNotStale(dsl, entity, id, values, method);
      return Optional.empty();
    }
    Optional<E> current = Rows.fetchOptional(entity, entity.byId(dsl, id));
    current.ifPresent(found -> requireSameVersion(entity, id, values, entity.values(found), method));
    return current;
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
      throw stale(entity, id, stored.get(), values, method);
    }
  }

  /** A {@link DataChangedException} if the stored row is at another version than the record. */
  private static <ID> void requireSameVersion(
      EntityMetadata<?, ID> entity, ID id, Object[] values, Object[] stored, String method) {
    TableField<Record, ? extends Number> version = entity.managed().version();
    if (version != null) {
      int index = entity.indexOf(version);
      if (((Number) stored[index]).longValue() != ((Number) values[index]).longValue()) {
        throw stale(entity, id, stored[index], values, method);
      }
    }
  }

  private static DataChangedException stale(
      EntityMetadata<?, ?> entity, Object id, Object storedVersion, Object[] values, String method) {
    TableField<Record, ? extends Number> version = entity.managed().version();
    return new DataChangedException(
        method + ": " + entity.name() + " " + id + " is at version " + storedVersion + " in \""
            + entity.table().getName() + "\", but the row given has version " + values[entity.indexOf(version)]
            + ": it changed since it was read; nothing was changed. Read it again and retry.");
  }
}
