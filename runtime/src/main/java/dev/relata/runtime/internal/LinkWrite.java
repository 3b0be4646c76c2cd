package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateSetMoreStep;
import org.jooq.InsertResultStep;
import org.jooq.InsertReturningStep;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * {@code addProject(user, project, link)}: the join row of one pair written with the link's own
 * components (a role, a date): inserted, or, where the pair is linked already and pairs are
 * unique, its components updated instead, in the same one statement.
 *
 * @param <OID> the owner's id type
 * @param <TID> the target's id type
 * @param <L> the through entity
 */
final class LinkWrite<OID, TID, L> {

  private final EntityMetadata<L, ?> through;
  private final TableField<Record, OID> foreignKey;
  private final TableField<Record, TID> otherKey;
  private final boolean uniquePairs;
  /** The values every join row of the association holds ({@code throughWhere}). */
  private final Map<Field<?>, Object> scoped;

  /**
   * @param through the join entity
   * @param foreignKey its column holding the owner's id
   * @param otherKey its column holding the target's id
   * @param uniquePairs whether the schema keeps the pair unique: then an existing pair's link is
   *     updated; otherwise one more link is inserted
   * @param throughWhere the through scope, whose values the stored row holds (the link's own
   *     value there is {@code null} or the same, checked by the caller)
   */
  LinkWrite(EntityMetadata<L, ?> through, TableField<Record, OID> foreignKey, TableField<Record, TID> otherKey,
      boolean uniquePairs, Scope throughWhere) {
    this.scoped = throughWhere.values();
    this.through = through;
    this.foreignKey = foreignKey;
    this.otherKey = otherKey;
    this.uniquePairs = uniquePairs;
  }

  /**
   * Stores {@code link} as the join row of the pair and returns the row as stored.
   *
   * <p>With unique pairs: {@code insert into through (fk, other, <the link's components>, <kept
   * columns>) values (...) on conflict (fk, other) do update set <the components> =
   * excluded.<the components>, updated_at = now(), version = version + 1 where (<the components>)
   * is distinct from (excluded.<the components>) returning *}. The unique constraint settles
   * concurrent adds of one pair: each waits for the one before it and updates its row, so the
   * last one's components stay. {@code @CreatedAt} keeps the first link's time; {@code
   * @UpdatedAt} and {@code @Version} change as {@code update} changes them (only where a value
   * does), and the version is never checked: a link is given, not read. Where the row holds the
   * values already, the statement writes and returns nothing, and one read returns the row. A
   * through record of nothing but its id, keys and kept columns is {@code on conflict do nothing}.
   *
   * <p>Without unique pairs: a plain {@code insert ... returning *}, one more link.
   *
   * @param owner the name of the owner parameter, for messages
   * @param targetName the name of the target parameter, for messages
   * @throws IllegalArgumentException if a key of {@code link} is neither {@code null} nor the id
   *     of its side; nothing is sent
   */
  L store(DSLContext dsl, OID ownerId, TID targetId, L link, String owner, String targetName, String method) {
    Object[] values = through.values(link);
    requireKey(values, foreignKey, ownerId, owner, method);
    requireKey(values, otherKey, targetId, targetName, method);
    ManagedColumns managed = through.managed();
    Map<Field<?>, Object> row = new LinkedHashMap<>();
    row.put(foreignKey, DSL.val(ownerId, foreignKey));
    row.put(otherKey, DSL.val(targetId, otherKey));
    List<Field<?>> components = new ArrayList<>();
    List<TableField<Record, ?>> columns = through.columns();
    for (int i = 0; i < columns.size(); i++) {
      TableField<Record, ?> column = columns.get(i);
      if (column.equals(foreignKey) || column.equals(otherKey)) {
        continue;
      }
      if (column.equals(through.id())) {
        // The database makes the id; a through record whose id it cannot make keeps the one given.
        if (!through.databaseGeneratesId()) {
          row.put(column, DSL.val(values[i], column));
        }
      } else if (managed.contains(column)) {
        row.put(column, managed.onInsert(column));
      } else if (scoped.containsKey(column)) {
        // A member link added as a lead becomes lead: the scope's value, inserted or updated.
        row.put(column, DSL.val(scoped.get(column), column));
        components.add(column);
      } else {
        row.put(column, DSL.val(through.requireAllowed(i, values[i], method), column));
        components.add(column);
      }
    }
    if (!uniquePairs) {
      return through.read(dsl.insertInto(through.table()).set(row).returning(columns).fetchOne());
    }
    Record stored = upsert(dsl, row, components).fetchOne();
    if (stored == null) {
      // The pair's row holds these values already: read it; gone meanwhile (a concurrent remove),
      // the statement runs again and inserts it.
      stored = dsl.selectFrom(through.table()).where(foreignKey.eq(ownerId)).and(otherKey.eq(targetId)).fetchOne();
      if (stored == null) {
        stored = upsert(dsl, row, components).fetchSingle();
      }
    }
    return through.read(stored);
  }

  /** The insert, updating the components of a pair's row that is there already where they differ. */
  private InsertResultStep<Record> upsert(DSLContext dsl, Map<Field<?>, Object> row, List<Field<?>> components) {
    List<TableField<Record, ?>> columns = through.columns();
    InsertSetMoreStep<Record> insert = dsl.insertInto(through.table()).set(row);
    if (components.isEmpty()) {
      return insert.onConflict(foreignKey, otherKey).doNothing().returning(columns);
    }
    Map<Field<?>, Field<?>> changes = new LinkedHashMap<>();
    List<Field<?>> proposed = new ArrayList<>(components.size());
    for (Field<?> component : components) {
      Field<?> excluded = DSL.excluded(component);
      changes.put(component, excluded);
      proposed.add(excluded);
    }
    Map<Field<?>, Field<?>> stamps = through.managed().onChange();
    changes.putAll(stamps);
    InsertOnDuplicateSetMoreStep<Record> update = insert.onConflict(foreignKey, otherKey).doUpdate().set(changes);
    // As update does: a row given the values it holds keeps its stamps, so it is not written.
    InsertReturningStep<Record> guarded =
        stamps.isEmpty() ? update : update.where(DSL.row(components).isDistinctFrom(DSL.row(proposed)));
    return guarded.returning(columns);
  }

  /**
   * A key of the link must be {@code null} or the id of its side: the pair is given by the rows,
   * and a link pointing elsewhere is a mistake to report, never to store.
   */
  private void requireKey(Object[] values, TableField<Record, ?> key, Object id, String side, String method) {
    int index = through.indexOf(key);
    Object given = values[index];
    if (given != null && !given.equals(id)) {
      // Names the entity, the component and the id of the side, never the link's value.
      throw new IllegalArgumentException(
          method + ": link is a " + through.name() + " whose " + through.component(index) + " is not " + side
              + "'s id " + id + "; leave it null (it is filled in) or give " + side + "'s id");
    }
  }
}
