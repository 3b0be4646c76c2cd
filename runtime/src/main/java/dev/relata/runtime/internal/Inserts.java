package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;

/** The INSERT statements: one row with {@code VALUES}, many rows with {@code unnest}. */
public final class Inserts {

  private Inserts() {}

  /**
   * Inserts {@code row} and returns it as stored. {@code overrides} replaces component values
   * (a foreign key set by {@code createPost}); an id that is {@code null} is left to the database;
   * the columns the database keeps get {@code now()} and 0 ({@link ManagedColumns#onInsert}).
   */
  public static <E, ID> E one(
      DSLContext dsl, EntityMetadata<E, ID> entity, E row, Map<Field<?>, Object> overrides, String method) {
    Object[] values = entity.values(row);
    Map<Field<?>, Object> assignments = new LinkedHashMap<>();
    List<TableField<Record, ?>> columns = entity.columns();
    for (int i = 0; i < columns.size(); i++) {
      TableField<Record, ?> column = columns.get(i);
      Object kept = entity.managed().onInsert(column);
      Object value = kept != null ? kept : overrides.containsKey(column) ? overrides.get(column) : values[i];
      if (column.equals(entity.id()) && value == null) {
        requireGeneratedId(entity, method);
        continue;
      }
      assignments.put(column, entity.requireAllowed(i, value, method));
    }
    Record stored =
        assignments.isEmpty()
            ? dsl.insertInto(entity.table()).defaultValues().returning(columns).fetchOne()
            : dsl.insertInto(entity.table()).set(assignments).returning(columns).fetchOne();
    return entity.read(stored);
  }

  /**
   * Inserts {@code rows} in one statement, whatever their number ({@link BulkInsert}), and returns
   * them as stored, in input order.
   */
  public static <E, ID> List<E> all(DSLContext dsl, EntityMetadata<E, ID> entity, List<E> rows, String method) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Object[]> values = new ArrayList<>(rows.size());
    int idIndex = entity.indexOf(entity.id());
    int missingIds = 0;
    for (E row : rows) {
      Object[] rowValues = entity.values(row);
      for (int i = 0; i < rowValues.length; i++) {
        entity.requireAllowed(i, rowValues[i], method);
      }
      if (rowValues[idIndex] == null) {
        requireGeneratedId(entity, method);
        missingIds++;
      }
      values.add(rowValues);
    }
    BulkInsert bulkInsert = entity.bulkInsert();
    BulkInsert.Ids ids = bulkInsert.shapeFor(rows.size(), missingIds);
    List<Field<Object[]>> arrays = new ArrayList<>();
    for (TableField<Record, ?> column : bulkInsert.sent(ids)) {
      int index = entity.indexOf(column);
      List<Object> columnValues = new ArrayList<>(rows.size());
      for (Object[] rowValues : values) {
        columnValues.add(rowValues[index]);
      }
      arrays.add(SqlArray.of(column, columnValues));
    }
    return Rows.fetch(entity, bulkInsert.on(dsl, ids, arrays));
  }

  private static void requireGeneratedId(EntityMetadata<?, ?> entity, String method) {
    if (!entity.databaseGeneratesId()) {
      throw new IllegalArgumentException(
          method + ": " + entity.name() + " has a " + entity.id().getType().getSimpleName()
              + " id, which the database does not generate; give it one");
    }
  }
}
