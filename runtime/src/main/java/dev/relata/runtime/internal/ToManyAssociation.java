package dev.relata.runtime.internal;

import dev.relata.Find;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What {@link HasManyAssociation} and {@link BelongsToManyAssociation} do alike, for the generated
 * DAO of the owner: check the arguments under the generated method's name; read the targets a
 * {@code Find} selects and count those a {@code Condition} matches, for one owner or many ({@link
 * ToManyRows}); add, remove and look for links, each kind saying what a link is.
 *
 * @param <O> the owner entity
 * @param <OID> its id type
 * @param <T> the target entity
 * @param <TID> the target's id type
 */
public abstract class ToManyAssociation<O, OID, T, TID> {

  private final EntityMetadata<O, OID> owner;
  private final EntityMetadata<T, TID> target;
  private final AssociationNames names;
  private final ToManyRows<OID, T> found;
  /** The generated methods' names. */
  final MethodNames methods;

  ToManyAssociation(
      EntityMetadata<O, OID> owner, EntityMetadata<T, TID> target, AssociationNames names, ToManyRows<OID, T> found) {
    this.owner = owner;
    this.target = target;
    this.names = names;
    this.found = found;
    this.methods = new MethodNames(names, owner);
  }

  /** Links the targets {@code ids}, at least one; those linked already stay linked once. */
  abstract void link(DSLContext dsl, OID ownerId, Set<TID> ids, String method);

  /**
   * Refuses, before any SQL, targets that a scope keeps from being linked; their ids are checked
   * already.
   */
  abstract void checkLinkable(Collection<? extends T> rows, String method);

  /** Unlinks those of the targets {@code ids}, at least one, that are linked. */
  abstract void unlink(DSLContext dsl, OID ownerId, Set<TID> ids);

  /** How many of the targets {@code ids}, at least one, are linked. */
  abstract long countLinked(DSLContext dsl, OID ownerId, Set<TID> ids);

  /**
   * {@code getPosts(user, find)}: the targets {@code find} selects, in its order (then by id), its
   * limit and offset applied.
   */
  public List<T> get(DSLContext dsl, O row, Find find) {
    String method = methods.many("get");
    OID ownerId = ownerId(row, method);
    return found.of(dsl, ownerId, Checks.notNull(find, "find", method));
  }

  /**
   * {@code getPosts(users, find)}: the targets {@code find} selects of every owner, in one
   * statement, its limit and offset applied to each owner's list; every owner is a key, in input
   * order, with an empty list where it has none.
   */
  public Map<O, List<T>> getAll(DSLContext dsl, Collection<? extends O> rows, Find find) {
    String method = methods.many("get");
    DistinctRows<O, OID> batch = owners(rows, method);
    Checks.notNull(find, "find", method);
    return batch.map(Lists.byKey(found.ofAll(dsl, batch.ids(), find)));
  }

  /** {@code countPosts(user, condition)}: how many of the owner's targets match it. */
  public long count(DSLContext dsl, O row, Condition condition) {
    String method = methods.many("count");
    OID ownerId = ownerId(row, method);
    return found.count(dsl, ownerId, Checks.notNull(condition, "condition", method));
  }

  /** {@code countPosts(users)}: {@link #countAll(DSLContext, Collection, Condition)} of every target. */
  public Map<O, Long> countAll(DSLContext dsl, Collection<? extends O> rows) {
    return countAll(dsl, rows, DSL.noCondition());
  }

  /**
   * {@code countPosts(users, condition)}: how many targets of each owner match {@code condition},
   * in one {@code group by} statement; every owner is a key, in input order, {@code 0} where it
   * has none.
   */
  public Map<O, Long> countAll(DSLContext dsl, Collection<? extends O> rows, Condition condition) {
    String method = methods.many("count");
    DistinctRows<O, OID> batch = owners(rows, method);
    Checks.notNull(condition, "condition", method);
    Map<OID, Long> counts = found.countAll(dsl, batch.ids(), condition);
    return batch.map(id -> counts.getOrDefault(id, 0L));
  }

  /** {@code addPost(user, post)}: links it; linked already, it stays linked once. */
  public void add(DSLContext dsl, O row, T linked) {
    String method = methods.one("add");
    OID ownerId = ownerId(row, method);
    TID id = targetId(linked, method);
    checkLinkable(List.of(linked), method);
    link(dsl, ownerId, Set.of(id), method);
  }

  /** {@code addPosts(user, posts)}: links each, or none if one is missing. */
  public void addAll(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("add");
    OID ownerId = ownerId(row, method);
    Set<TID> ids = targetIds(linked, method);
    checkLinkable(linked, method);
    if (!ids.isEmpty()) {
      link(dsl, ownerId, ids, method);
    }
  }

  /** {@code removePost(user, post)}: unlinks it if it is linked to the owner. */
  public void remove(DSLContext dsl, O row, T linked) {
    String method = methods.one("remove");
    unlink(dsl, ownerId(row, method), Set.of(targetId(linked, method)));
  }

  /** {@code removePosts(user, posts)}: unlinks those of them linked to the owner. */
  public void removeAll(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("remove");
    OID ownerId = ownerId(row, method);
    Set<TID> ids = targetIds(linked, method);
    if (!ids.isEmpty()) {
      unlink(dsl, ownerId, ids);
    }
  }

  /** {@code hasPost(user, post)}. */
  public boolean has(DSLContext dsl, O row, T linked) {
    String method = methods.one("has");
    return countLinked(dsl, ownerId(row, method), Set.of(targetId(linked, method))) == 1;
  }

  /** {@code hasPosts(user, posts)}: whether every one of them is linked; true for none. */
  public boolean hasAll(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("has");
    OID ownerId = ownerId(row, method);
    Set<TID> ids = targetIds(linked, method);
    return ids.isEmpty() || countLinked(dsl, ownerId, ids) == ids.size();
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
