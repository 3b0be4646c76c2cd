package dev.relata.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** The INSERT statements: one row with {@code VALUES}, many rows with {@code unnest}. */
final class Inserts {

  private Inserts() {}

  /**
   * Inserts {@code row} and returns it as stored. {@code overrides} replaces component values
   * (a foreign key set by {@code createPost}); an id that is {@code null} is left to the database.
   */
  static <E, ID> E one(
      DSLContext dsl, EntityMetadata<E, ID> entity, E row, Map<Field<?>, Object> overrides, String method) {
    Object[] values = entity.values(row);
    Map<Field<?>, Object> assignments = new LinkedHashMap<>();
    List<TableField<Record, ?>> columns = entity.columns();
    for (int i = 0; i < columns.size(); i++) {
      TableField<Record, ?> column = columns.get(i);
      Object value = overrides.containsKey(column) ? overrides.get(column) : values[i];
      if (column.equals(entity.id()) && value == null) {
        requireGeneratedId(entity, row, method);
        continue;
      }
      assignments.put(column, value);
    }
    Record stored =
        assignments.isEmpty()
            ? dsl.insertInto(entity.table()).defaultValues().returning(columns).fetchOne()
            : dsl.insertInto(entity.table()).set(assignments).returning(columns).fetchOne();
    return entity.read(stored);
  }

  /**
   * Inserts {@code rows} in one statement, whatever their number: {@code INSERT ... SELECT FROM
   * unnest(?, ?, ...) WITH ORDINALITY ORDER BY ordinality RETURNING ...}, one array parameter per
   * column, so the stored rows come back in input order.
   */
  static <E, ID> List<E> all(DSLContext dsl, EntityMetadata<E, ID> entity, List<E> rows, String method) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Object[]> values = new ArrayList<>(rows.size());
    int idIndex = entity.indexOf(entity.id());
    int missingIds = 0;
    for (E row : rows) {
      Object[] rowValues = entity.values(row);
      if (rowValues[idIndex] == null) {
        requireGeneratedId(entity, row, method);
        missingIds++;
      }
      values.add(rowValues);
    }
    boolean omitId = missingIds == rows.size();
    boolean generateSomeIds = missingIds > 0 && !omitId;

    List<TableField<Record, ?>> columns = new ArrayList<>();
    List<QueryPart> arrays = new ArrayList<>();
    List<Field<?>> selected = new ArrayList<>();
    for (int i = 0; i < entity.columns().size(); i++) {
      TableField<Record, ?> column = entity.columns().get(i);
      if (omitId && i == idIndex) {
        continue;
      }
      List<Object> columnValues = new ArrayList<>(rows.size());
      for (Object[] rowValues : values) {
        columnValues.add(rowValues[i]);
      }
      Field<Object> unnested = DSL.field(DSL.name("u", "c" + columns.size()));
      columns.add(column);
      arrays.add(SqlArray.of(column, columnValues));
      selected.add(generateSomeIds && i == idIndex ? DSL.coalesce(unnested, newId(dsl, entity)) : unnested);
    }
    Select<Record> source =
        DSL.select(selected).from(unnest(arrays)).orderBy(DSL.field(DSL.name("u", "ord")));
    return Rows.fetch(entity, dsl.insertInto(entity.table(), columns).select(source).returning(entity.columns()));
  }

  /** {@code unnest(?, ?, ...) with ordinality as u(c0, c1, ..., ord)} */
  private static Table<Record> unnest(List<QueryPart> arrays) {
    StringJoiner parameters = new StringJoiner(", ");
    StringJoiner names = new StringJoiner(", ");
    for (int i = 0; i < arrays.size(); i++) {
      parameters.add("{" + i + "}");
      names.add("c" + i);
    }
    return DSL.table(
        "unnest(" + parameters + ") with ordinality as u(" + names + ", ord)", arrays.toArray());
  }

  /** The expression the database would use for a missing id, for rows that mix given and missing ids. */
  private static Field<?> newId(DSLContext dsl, EntityMetadata<?, ?> entity) {
    if (entity.id().getType() == UUID.class) {
      return DSL.field("gen_random_uuid()");
    }
    return DSL.field(
        "nextval(pg_get_serial_sequence({0}, {1}))",
        DSL.val(dsl.render(entity.table())),
        DSL.val(entity.id().getName()));
  }

  private static void requireGeneratedId(EntityMetadata<?, ?> entity, Object row, String method) {
    if (!entity.databaseGeneratesId()) {
      throw new IllegalArgumentException(
          method + ": " + entity.name() + " has a " + entity.id().getType().getSimpleName()
              + " id, which the database does not generate; give it one (" + row + ")");
    }
  }
}
