package dev.relata.runtime;

import dev.relata.Find;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The methods of a {@code @HasMany} association, for the generated DAO of its parent: {@code
 * UserDao.getPosts(user)} is {@code POSTS.get(dsl(), user)}. The child holds the foreign key.
 *
 * @param <P> the parent entity
 * @param <PID> its id type
 * @param <C> the child entity
 * @param <CID> the child's id type
 */
public final class HasManyAssociation<P, PID, C, CID> {

  private final ChildRows<P, PID, C, CID> rows;
  private final ToManyFront<P, PID, C, CID> front;
  private final AssociationNames names;
  private final MethodNames methods;

  /**
   * Describes the association; called by generated code.
   *
   * @param parent the entity declaring {@code @HasMany}
   * @param child the target entity
   * @param foreignKey the child's column holding the parent's id
   * @param names the generated methods' names
   */
  public HasManyAssociation(
      EntityMetadata<P, PID> parent,
      EntityMetadata<C, CID> child,
      TableField<Record, PID> foreignKey,
      AssociationNames names) {
    this.rows = new ChildRows<>(parent, child, foreignKey);
    this.front = new ToManyFront<>(parent, child, names, new ToManyRows<>(child, child.table(), foreignKey, Conditions.COUNT));
    this.names = names;
    this.methods = front.methods();
  }

  /** {@code getPosts(user)}: the children, ordered by id. */
  public List<C> get(DSLContext dsl, P parent) {
    return rows.of(dsl, ownerId(parent, methods.many("get")));
  }

  /**
   * {@code getPosts(users)}: the children of every parent in one statement; every parent is a
   * key, in input order, with an empty list where it has none.
   */
  public Map<P, List<C>> getAll(DSLContext dsl, Collection<? extends P> parents) {
    DistinctRows<P, PID> batch = front.owners(parents, methods.many("get"));
    return batch.map(Lists.byKey(rows.ofAll(dsl, batch.ids())));
  }

  /**
   * {@code getPosts(user, find)}: the children {@code find} selects, in its order (then by id),
   * its limit and offset applied.
   */
  public List<C> get(DSLContext dsl, P parent, Find find) {
    return front.get(dsl, parent, find);
  }

  /**
   * {@code getPosts(users, find)}: the children {@code find} selects of every parent, in one
   * statement, its limit and offset applied to each parent's list; every parent is a key, in
   * input order, with an empty list where it has none.
   */
  public Map<P, List<C>> getAll(DSLContext dsl, Collection<? extends P> parents, Find find) {
    return front.getAll(dsl, parents, find);
  }

  /** {@code countPosts(user)}. */
  public long count(DSLContext dsl, P parent) {
    return rows.count(dsl, ownerId(parent, methods.many("count")));
  }

  /** {@code countPosts(user, condition)}: how many of the parent's children match it. */
  public long count(DSLContext dsl, P parent, Condition condition) {
    return front.count(dsl, parent, condition);
  }

  /** {@code countPosts(users)}: {@link #countAll(DSLContext, Collection, Condition)} of every child. */
  public Map<P, Long> countAll(DSLContext dsl, Collection<? extends P> parents) {
    return countAll(dsl, parents, DSL.noCondition());
  }

  /**
   * {@code countPosts(users, condition)}: how many children of each parent match {@code
   * condition}, in one {@code group by} statement; every parent is a key, in input order, {@code
   * 0} where it has none.
   */
  public Map<P, Long> countAll(DSLContext dsl, Collection<? extends P> parents, Condition condition) {
    return front.countAll(dsl, parents, condition);
  }

  /** {@code createPost(user, post)}: inserts {@code child} linked to {@code parent}. */
  public C create(DSLContext dsl, P parent, C child) {
    String method = methods.one("create");
    PID parentId = ownerId(parent, method);
    Checks.notNull(child, names.singular(), method);
    return rows.create(dsl, parentId, child, method);
  }

  /** {@code addPost(user, post)}. */
  public void add(DSLContext dsl, P parent, C child) {
    String method = methods.one("add");
    addIds(dsl, ownerId(parent, method), Set.of(targetId(child, method)), method);
  }

  /** {@code addPosts(user, posts)}: links every child to {@code parent}, or none if one is missing. */
  public void addAll(DSLContext dsl, P parent, Collection<? extends C> children) {
    String method = methods.many("add");
    addIds(dsl, ownerId(parent, method), targetIds(children, method), method);
  }

  private void addIds(DSLContext dsl, PID parentId, Set<CID> childIds, String method) {
    if (!childIds.isEmpty()) {
      dsl.transaction(tx -> rows.link(tx.dsl(), parentId, childIds, method));
    }
  }

  /** {@code removePost(user, post)}: unlinks it if it is linked to {@code parent}. */
  public void remove(DSLContext dsl, P parent, C child) {
    String method = methods.one("remove");
    removeIds(dsl, ownerId(parent, method), Set.of(targetId(child, method)));
  }

  /** {@code removePosts(user, posts)}: unlinks those of them linked to {@code parent}. */
  public void removeAll(DSLContext dsl, P parent, Collection<? extends C> children) {
    String method = methods.many("remove");
    removeIds(dsl, ownerId(parent, method), targetIds(children, method));
  }

  private void removeIds(DSLContext dsl, PID parentId, Set<CID> childIds) {
    if (!childIds.isEmpty()) {
      rows.unlink(dsl, parentId, Conditions.in(rows.child.id(), childIds));
    }
  }

  /**
   * {@code setPosts(user, posts)}: makes exactly {@code children} the parent's children, in one
   * transaction that first locks the parent row.
   */
  public void set(DSLContext dsl, P parent, Collection<? extends C> children) {
    String method = methods.many("set");
    rows.replace(dsl, ownerId(parent, method), targetIds(children, method), method);
  }

  /** {@code hasPost(user, post)}. */
  public boolean has(DSLContext dsl, P parent, C child) {
    String method = methods.one("has");
    return hasIds(dsl, ownerId(parent, method), Set.of(targetId(child, method)));
  }

  /** {@code hasPosts(user, posts)}: whether every one of them is linked; true for none. */
  public boolean hasAll(DSLContext dsl, P parent, Collection<? extends C> children) {
    String method = methods.many("has");
    return hasIds(dsl, ownerId(parent, method), targetIds(children, method));
  }

  private boolean hasIds(DSLContext dsl, PID parentId, Set<CID> childIds) {
    return childIds.isEmpty() || rows.countLinked(dsl, parentId, childIds) == childIds.size();
  }

  private PID ownerId(P parent, String method) {
    return front.ownerId(parent, method);
  }

  private CID targetId(C child, String method) {
    return front.targetId(child, method);
  }

  private Set<CID> targetIds(Collection<? extends C> children, String method) {
    return front.targetIds(children, method);
  }
}
