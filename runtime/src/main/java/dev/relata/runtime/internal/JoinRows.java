package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The join rows of targets a graph's insert has just stored: {@code INSERT INTO through (key,
 * other_key) SELECT ... FROM unnest(?, ?) WITH ORDINALITY}, one statement for any number of
 * pairs, two array parameters. The pairs are new (their targets were inserted by the same call),
 * so unlike {@code addTags} nothing is skipped; the join entity's timestamps and version get
 * {@code now()} and 0, as in an insert.
 */
final class JoinRows {

  private JoinRows() {}

  static void insert(
      DSLContext dsl, EntityMetadata<?, ?> through, Field<?> key, Field<?> otherKey, List<?> keys, List<?> otherKeys,
      Scope throughWhere) {
    if (keys.isEmpty()) {
      return;
    }
    List<Field<?>> columns = new ArrayList<>(List.of(key, otherKey));
    List<Field<?>> values = new ArrayList<>(List.of(DSL.field(DSL.name("k")), DSL.field(DSL.name("o"))));
    addKept(through, throughWhere, columns, values);
    // A template for the same reason as BulkInsert's: jOOQ 3.19 writes no unnest of several arrays.
    dsl.insertInto(through.table(), columns)
        .select(
            DSL.select(values)
                .from(
                    DSL.table(
                        "unnest({0}, {1}) with ordinality as j(k, o, ord)", SqlArray.of(key, keys),
                        SqlArray.of(otherKey, otherKeys)))
                .orderBy(DSL.field(DSL.name("ord"))))
        .execute();
  }

  /**
   * Adds to a join row's insert what it holds beside its two keys: the join entity's timestamps
   * and version at their first values, and a scoped association's {@code throughWhere} values.
   */
  static void addKept(
      EntityMetadata<?, ?> through, Scope throughWhere, List<Field<?>> columns, List<Field<?>> values) {
    for (Field<?> kept : through.managed().columns()) {
      columns.add(kept);
      values.add(through.managed().onInsert(kept));
    }
    for (Map.Entry<Field<?>, Object> scoped : throughWhere.values().entrySet()) {
      columns.add(scoped.getKey());
      values.add(DSL.val(scoped.getValue(), scoped.getKey()));
    }
  }
}
