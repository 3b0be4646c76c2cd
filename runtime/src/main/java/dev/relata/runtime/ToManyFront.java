package dev.relata.runtime;

import dev.relata.Find;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * What {@link HasManyAssociation} and {@link BelongsToManyAssociation} do alike: check their
 * arguments under the generated method's name, read the targets a {@code Find} selects and count
 * those a {@code Condition} matches, for one owner or many ({@link ToManyRows}).
 *
 * @param <O> the owner entity
 * @param <OID> its id type
 * @param <T> the target entity
 * @param <TID> the target's id type
 */
final class ToManyFront<O, OID, T, TID> {

  private final EntityMetadata<O, OID> owner;
  private final EntityMetadata<T, TID> target;
  private final AssociationNames names;
  private final MethodNames methods;
  private final ToManyRows<OID, T> found;

  ToManyFront(EntityMetadata<O, OID> owner, EntityMetadata<T, TID> target, AssociationNames names, ToManyRows<OID, T> found) {
    this.owner = owner;
    this.target = target;
    this.names = names;
    this.methods = new MethodNames(names, owner);
    this.found = found;
  }

  /** The generated methods' names. */
  MethodNames methods() {
    return methods;
  }

  /** {@code getPosts(user, find)}. */
  List<T> get(DSLContext dsl, O row, Find find) {
    String method = methods.many("get");
    OID ownerId = ownerId(row, method);
    return found.of(dsl, ownerId, Checks.notNull(find, "find", method));
  }

  /** {@code getPosts(users, find)}. */
  Map<O, List<T>> getAll(DSLContext dsl, Collection<? extends O> rows, Find find) {
    String method = methods.many("get");
    DistinctRows<O, OID> batch = owners(rows, method);
    Checks.notNull(find, "find", method);
    return batch.map(Lists.byKey(found.ofAll(dsl, batch.ids(), find)));
  }

  /** {@code countPosts(user, condition)}. */
  long count(DSLContext dsl, O row, Condition condition) {
    String method = methods.many("count");
    OID ownerId = ownerId(row, method);
    return found.count(dsl, ownerId, Checks.notNull(condition, "condition", method));
  }

  /** {@code countPosts(users, condition)}: {@code 0} for an owner with none. */
  Map<O, Long> countAll(DSLContext dsl, Collection<? extends O> rows, Condition condition) {
    String method = methods.many("count");
    DistinctRows<O, OID> batch = owners(rows, method);
    Checks.notNull(condition, "condition", method);
    Map<OID, Long> counts = found.countAll(dsl, batch.ids(), condition);
    return batch.map(id -> counts.getOrDefault(id, 0L));
  }

  /** The distinct owners of a batch method, each checked to be stored. */
  DistinctRows<O, OID> owners(Collection<? extends O> rows, String method) {
    return DistinctRows.of(owner, rows, names.owners(), method);
  }

  /** The owner's id, checked to be there. */
  OID ownerId(O row, String method) {
    return Checks.storedId(owner, row, names.owner(), method);
  }

  /** A target's id, checked to be there. */
  TID targetId(T row, String method) {
    return Checks.storedId(target, row, names.singular(), method);
  }

  /** The targets' ids, each checked to be there. */
  Set<TID> targetIds(Collection<? extends T> rows, String method) {
    return Checks.storedIds(target, rows, names.plural(), method);
  }
}
