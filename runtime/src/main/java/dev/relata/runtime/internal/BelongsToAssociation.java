package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The methods of a {@code @BelongsTo} association, for the generated DAO of the child: {@code
 * PostDao.getUser(post)} is {@code USER.get(dsl(), post)}. The child (the owner of these
 * methods) holds the foreign key.
 *
 * @param <C> the child entity, declaring {@code @BelongsTo}
 * @param <CID> its id type
 * @param <P> the parent entity
 * @param <PID> the parent's id type
 */
public final class BelongsToAssociation<C, CID, P, PID> {

  private final EntityMetadata<C, CID> child;
  private final EntityMetadata<P, PID> parent;
  private final TableField<Record, PID> foreignKey;
  private final Function<? super C, ? extends PID> foreignKeyOf;
  private final AssociationNames names;
  private final MethodNames methods;
  private final ParentRows<P, PID> parents;

  /**
   * Describes the association; called by generated code.
   *
   * @param child the entity declaring {@code @BelongsTo}
   * @param parent the target entity
   * @param foreignKey the child's column holding the parent's id
   * @param foreignKeyOf the child's accessor of that column ({@code Post::userId})
   * @param names the generated methods' names
   */
  public BelongsToAssociation(
      EntityMetadata<C, CID> child,
      EntityMetadata<P, PID> parent,
      TableField<Record, PID> foreignKey,
      Function<? super C, ? extends PID> foreignKeyOf,
      AssociationNames names) {
    this.child = child;
    this.parent = parent;
    this.foreignKey = foreignKey;
    this.foreignKeyOf = foreignKeyOf;
    this.names = names;
    this.methods = new MethodNames(names, child);
    this.parents = new ParentRows<>(parent);
  }

  /**
   * {@code getUser(post)}: the parent the child's foreign key points at, or empty when it is
   * {@code null} (then nothing is sent to the database).
   */
  public Optional<P> get(DSLContext dsl, C row) {
    PID parentId = foreignKeyOf.apply(Checks.notNull(row, names.owner(), methods.one("get")));
    if (parentId == null) {
      return Optional.empty();
    }
    return parents.of(dsl, parentId);
  }

  /**
   * {@code getUser(posts)}: the parent of every child in one statement, keyed by child in input
   * order; children without one are absent.
   */
  public Map<C, P> getAll(DSLContext dsl, Collection<? extends C> rows) {
    List<C> checked = Checks.elementsNotNull(rows, names.owners(), methods.one("get"));
    // Two lists, not a map keyed by child, and maps sized up front: building and growing
    // 10,000-entry maps was most of this method's CPU time (JFR). Duplicates still collapse in
    // the result, at their first position, as a map keyed by child made them.
    List<C> linked = new ArrayList<>(checked.size());
    List<PID> linkedIds = new ArrayList<>(checked.size());
    for (C row : checked) {
      PID parentId = foreignKeyOf.apply(row);
      if (parentId != null) {
        linked.add(row);
        linkedIds.add(parentId);
      }
    }
    if (linked.isEmpty()) {
      return Map.of();
    }
    Set<PID> distinct = new LinkedHashSet<>(linkedIds);
    Map<PID, P> byId = parents.ofAll(dsl, distinct);
    Map<C, P> result = new LinkedHashMap<>(Maps.capacity(linked.size()));
    for (int i = 0; i < linked.size(); i++) {
      P found = byId.get(linkedIds.get(i));
      if (found != null) {
        result.putIfAbsent(linked.get(i), found);
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * {@code setUser(post, user)}: points the stored child at {@code target} ({@code null}
   * unlinks) and returns the child as stored. Where the foreign key is NOT NULL (a primitive
   * component), {@code null} is an {@link IllegalArgumentException} before any statement: the
   * child cannot be unlinked, only linked to another parent or deleted.
   */
  public C set(DSLContext dsl, C row, P target) {
    String method = methods.one("set");
    CID childId = Checks.storedId(child, row, names.owner(), method);
    if (target == null && !foreignKey.getDataType().nullable()) {
      throw new IllegalArgumentException(
          method + ": " + names.singular() + " is null, but the foreign key \"" + foreignKey.getName()
              + "\" of " + child.name() + " is NOT NULL (a primitive component), so it cannot be"
              + " unlinked: link another " + parent.name() + ", or delete the " + child.name());
    }
    PID parentId = target == null ? null : Checks.storedId(parent, target, names.singular(), method);
    return link(dsl, childId, parentId, method);
  }

  /**
   * {@code createUser(post, user)}: inserts {@code target}, points the stored child at it and
   * returns the child as stored; one transaction.
   */
  public C create(DSLContext dsl, C row, P target) {
    String method = methods.one("create");
    CID childId = Checks.storedId(child, row, names.owner(), method);
    Checks.notNull(target, names.singular(), method);
    return dsl.transactionResult(
        tx -> {
          P stored = Inserts.one(tx.dsl(), parent, target, Map.of(), method);
          return link(tx.dsl(), childId, parent.idOf(stored), method);
        });
  }

  private C link(DSLContext dsl, CID childId, PID parentId, String method) {
    return ParentRows.pointAt(child, childId, dsl.update(child.table()).set(foreignKey, parentId), method);
  }
}
