package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The child rows of a parent, through a foreign key on the child: the statements {@link
 * HasManyAssociation} and {@link HasOneAssociation} share.
 *
 * <p>Unlinking sets the foreign key to {@code NULL}; where the key is NOT NULL (a primitive
 * component) it deletes the child row instead, as Sequelize does. Every statement that rewrites a
 * child's foreign key also sets its {@code @UpdatedAt} and increments its {@code @Version}
 * ({@link ManagedColumns#onChange}), without checking the version.
 *
 * <p>A {@link Scope} narrows the children to the rows in it: reads, counts and unlinks add its
 * condition; creating and linking a child write its values.
 */
final class ChildRows<P, PID, C, CID> {

  final EntityMetadata<P, PID> parent;
  final EntityMetadata<C, CID> child;
  final TableField<Record, PID> foreignKey;
  final Scope scope;
  private final CachedQuery ofParent;
  private final CachedQuery ofParents;

  ChildRows(
      EntityMetadata<P, PID> parent, EntityMetadata<C, CID> child, TableField<Record, PID> foreignKey, Scope scope) {
    this.parent = parent;
    this.child = child;
    this.foreignKey = foreignKey;
    this.scope = scope;
    this.ofParent =
        new CachedQuery(
            child.table(),
            new DataType<?>[] {foreignKey.getDataType()},
            values ->
                DSL.selectFrom(child.table())
                    .where(foreignKey.eq(CachedQuery.<PID>value(values, 0)))
                    .and(scope.condition())
                    .orderBy(child.id()));
    this.ofParents =
        new CachedQuery(
            child.table(),
            new DataType<?>[] {SQLDataType.OTHER},
            values ->
                DSL.selectFrom(child.table())
                    .where(Conditions.anyOf(foreignKey, values[0]))
                    .and(scope.condition())
                    .orderBy(child.id()));
  }

  /** The children of one parent, ordered by child id. */
  List<C> of(DSLContext dsl, PID parentId) {
    return Rows.fetch(child, ofParent.on(dsl, DSL.val(parentId, foreignKey)));
  }

  /**
   * The children of many parents in one statement, by parent id (parents without children
   * absent), ordered by child id.
   */
  Map<PID, List<C>> ofAll(DSLContext dsl, Collection<PID> parentIds) {
    Map<PID, List<C>> byParent = new HashMap<>(Maps.capacity(parentIds.size()));
    if (parentIds.isEmpty()) {
      return byParent;
    }
    Rows.fetch(
        child,
        ofParents.on(dsl, SqlArray.of(foreignKey, parentIds)),
        (row, found) -> byParent.computeIfAbsent(row.get(foreignKey), id -> new ArrayList<>()).add(found));
    return byParent;
  }

  /** How many children in scope the parent has. */
  long count(DSLContext dsl, PID parentId) {
    return countWhere(dsl, parentId, DSL.noCondition());
  }

  /** Inserts {@code row} with its foreign key set to {@code parentId} and the scope's values. */
  C create(DSLContext dsl, PID parentId, C row, String method) {
    return Inserts.one(dsl, child, row, scope.valuesAnd(Map.of(foreignKey, parentId)), method);
  }

  /**
   * Points the children with {@code childIds} at the parent and sets the scope's values; every
   * one of them must exist (the caller runs this in a transaction, so a missing one undoes the
   * others).
   */
  void link(DSLContext dsl, PID parentId, Collection<CID> childIds, String method) {
    if (childIds.isEmpty()) {
      return;
    }
    int linked =
        dsl.update(child.table())
            .set(foreignKey, parentId)
            .set(scope.values())
            .set(child.managed().onChange())
            .where(Conditions.in(child.id(), childIds))
            .execute();
    if (linked != childIds.size()) {
      List<CID> found =
          dsl.select(child.id()).from(child.table()).where(Conditions.in(child.id(), childIds)).fetch(child.id());
      List<CID> missing = childIds.stream().filter(id -> !found.contains(id)).toList();
      throw Checks.noSuchRow(method, child, missing);
    }
  }

  /** Unlinks the parent's children in scope that {@code which} selects. */
  int unlink(DSLContext dsl, PID parentId, Condition which) {
    return unlinkWhere(dsl, parentId, scope.condition().and(which));
  }

  /**
   * Unlinks the parent's children that {@code which} selects, whatever their scope: a scoped
   * {@code @HasOne} replaces the parent's one row, in scope or not. The key's own pairs (a
   * polymorphic key's type) hold all the same: they say whose id the foreign key holds.
   */
  int unlinkAny(DSLContext dsl, PID parentId, Condition which) {
    return unlinkWhere(dsl, parentId, scope.keyCondition().and(which));
  }

  /** Sets the foreign key of the parent's children {@code which} selects to null, and the key's other columns; or deletes them. */
  private int unlinkWhere(DSLContext dsl, PID parentId, Condition which) {
    Condition linked = foreignKey.eq(parentId).and(which);
    if (foreignKey.getDataType().nullable()) {
      return dsl.update(child.table())
          .set(foreignKey, (PID) null)
          .set(scope.cleared())
          .set(child.managed().onChange())
          .where(linked)
          .execute();
    }
    return dsl.deleteFrom(child.table()).where(linked).execute();
  }

  /**
   * Makes exactly {@code childIds} the parent's children, in one transaction that first locks the
   * parent row: the others are unlinked (those in scope, or with {@code anyScope} all of them),
   * the given ones linked.
   */
  void replace(DSLContext dsl, PID parentId, Set<CID> childIds, boolean anyScope, String method) {
    dsl.transaction(
        tx -> {
          DSLContext inTx = tx.dsl();
          Parents.lock(inTx, parent, parentId, method);
          Condition others = childIds.isEmpty() ? DSL.noCondition() : Conditions.notIn(child.id(), childIds);
          if (anyScope) {
            unlinkAny(inTx, parentId, others);
          } else {
            unlink(inTx, parentId, others);
          }
          link(inTx, parentId, childIds, method);
        });
  }

  /** How many of {@code childIds} are children of the parent. */
  long countLinked(DSLContext dsl, PID parentId, Collection<CID> childIds) {
    return countWhere(dsl, parentId, Conditions.in(child.id(), childIds));
  }

  private long countWhere(DSLContext dsl, PID parentId, Condition which) {
    return dsl.select(Conditions.COUNT)
        .from(child.table())
        .where(foreignKey.eq(parentId).and(which))
        .and(scope.condition())
        .fetchSingle()
        .value1();
  }

  /** Locks the parent row until the transaction ends (see {@link Parents#lock}). */
  void lockParent(DSLContext dsl, PID parentId, String method) {
    Parents.lock(dsl, parent, parentId, method);
  }
}
