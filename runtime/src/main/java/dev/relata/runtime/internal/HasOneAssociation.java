package dev.relata.runtime.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The methods of a {@code @HasOne} association, for the generated DAO of its parent: {@code
 * UserDao.getProfile(user)} is {@code PROFILE.get(dsl(), user)}. The child holds the foreign key;
 * should several children point at one parent, the one with the lowest id is the parent's.
 *
 * <p>A scoped one ({@code @HasOne(where = ...)}) is a view of the parent's one row: reads find it
 * only while it is in scope, and {@code create}/{@code set} unlink the parent's row whatever its
 * scope, so that the foreign key stays unique over all rows.
 *
 * @param <P> the parent entity
 * @param <PID> its id type
 * @param <C> the child entity
 * @param <CID> the child's id type
 */
public final class HasOneAssociation<P, PID, C, CID> {

  private final ChildRows<P, PID, C, CID> rows;
  private final AssociationNames names;
  private final MethodNames methods;

  /**
   * Describes an unscoped association ({@link Scope#none()}); called by generated code. The
   * parameters are the scoped constructor's, {@link #HasOneAssociation(EntityMetadata, EntityMetadata,
   * TableField, AssociationNames, Scope)}.
   */
  public HasOneAssociation(
      EntityMetadata<P, PID> parent,
      EntityMetadata<C, CID> child,
      TableField<Record, PID> foreignKey,
      AssociationNames names) {
    this(parent, child, foreignKey, names, Scope.none());
  }

  /**
   * Describes a scoped association ({@code @HasOne(where = ...)}); called by generated code.
   *
   * @param parent the entity declaring {@code @HasOne}
   * @param child the target entity
   * @param foreignKey the child's column holding the parent's id
   * @param names the generated methods' names
   * @param scope the child rows it sees, and the values it writes into the one it links
   */
  public HasOneAssociation(
      EntityMetadata<P, PID> parent,
      EntityMetadata<C, CID> child,
      TableField<Record, PID> foreignKey,
      AssociationNames names,
      Scope scope) {
    this.rows = new ChildRows<>(parent, child, foreignKey, scope);
    this.names = names;
    this.methods = new MethodNames(names, rows.parent);
  }

  /** {@code getProfile(user)}: the child, or empty. */
  public Optional<C> get(DSLContext dsl, P parent) {
    List<C> children = rows.of(dsl, ownerId(parent, methods.one("get")));
    return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
  }

  /**
   * {@code getProfile(users)}: the child of every parent in one statement, keyed by parent in
   * input order; parents without one are absent.
   */
  public Map<P, C> getAll(DSLContext dsl, Collection<? extends P> parents) {
    DistinctRows<P, PID> batch = DistinctRows.of(rows.parent, parents, names.owners(), methods.one("get"));
    Map<PID, List<C>> children = rows.ofAll(dsl, batch.ids());
    // Parents without a child are absent, not mapped to null.
    DistinctRows<P, PID> linked = new DistinctRows<>(rows.parent, children.size());
    for (P parent : batch.rows()) {
      if (children.containsKey(rows.parent.idOf(parent))) {
        linked.add(parent);
      }
    }
    return linked.map(id -> children.get(id).get(0));
  }

  /**
   * {@code createProfile(user, profile)}: inserts {@code child} as the parent's one child; the
   * child it had before is unlinked, in the same transaction.
   */
  public C create(DSLContext dsl, P parent, C child) {
    String method = methods.one("create");
    PID parentId = ownerId(parent, method);
    Checks.notNull(child, names.singular(), method);
    rows.scope.check(rows.child, child, method);
    return dsl.transactionResult(
        tx -> {
          DSLContext inTx = tx.dsl();
          rows.lockParent(inTx, parentId, method);
          rows.unlinkAny(inTx, parentId, DSL.noCondition());
          return rows.create(inTx, parentId, child, method);
        });
  }

  /**
   * {@code setProfile(user, profile)}: makes {@code child} the parent's one child, unlinking the
   * one it had; {@code null} only unlinks. One transaction that first locks the parent row.
   */
  public void set(DSLContext dsl, P parent, C child) {
    String method = methods.one("set");
    PID parentId = ownerId(parent, method);
    Set<CID> childIds =
        child == null ? Set.of() : Set.of(Checks.storedId(rows.child, child, names.singular(), method));
    if (child != null) {
      rows.scope.check(rows.child, child, method);
    }
    rows.replace(dsl, parentId, childIds, true, method);
  }

  private PID ownerId(P parent, String method) {
    return Checks.storedId(rows.parent, parent, names.owner(), method);
  }
}
