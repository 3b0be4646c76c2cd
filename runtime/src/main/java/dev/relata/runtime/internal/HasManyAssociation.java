package dev.relata.runtime.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The methods of a {@code @HasMany} association, for the generated DAO of its parent: {@code
 * UserDao.getPosts(user)} is {@code POSTS.get(dsl(), user)}. The child holds the foreign key; a
 * child is linked by pointing it at the parent. What every to-many association does is in {@link
 * ToManyAssociation}.
 *
 * @param <P> the parent entity
 * @param <PID> its id type
 * @param <C> the child entity
 * @param <CID> the child's id type
 */
public final class HasManyAssociation<P, PID, C, CID> extends ToManyAssociation<P, PID, C, CID> {

  private final ChildRows<P, PID, C, CID> rows;
  private final AssociationNames names;

  /**
   * Describes an unscoped association ({@link Scope#none()}); called by generated code. The
   * parameters are the scoped constructor's, {@link #HasManyAssociation(EntityMetadata, EntityMetadata,
   * TableField, AssociationNames, Scope)}.
   */
  public HasManyAssociation(
      EntityMetadata<P, PID> parent,
      EntityMetadata<C, CID> child,
      TableField<Record, PID> foreignKey,
      AssociationNames names) {
    this(parent, child, foreignKey, names, Scope.none());
  }

  /**
   * Describes a scoped association ({@code @HasMany(where = ...)}); called by generated code.
   *
   * @param parent the entity declaring {@code @HasMany}
   * @param child the target entity
   * @param foreignKey the child's column holding the parent's id
   * @param names the generated methods' names
   * @param scope the children it sees, reads, links and unlinks: those in scope
   */
  public HasManyAssociation(
      EntityMetadata<P, PID> parent,
      EntityMetadata<C, CID> child,
      TableField<Record, PID> foreignKey,
      AssociationNames names,
      Scope scope) {
    super(
        parent, child, names, new ToManyRows<>(child, child.table(), foreignKey, Conditions.COUNT, scope.condition()));
    this.rows = new ChildRows<>(parent, child, foreignKey, scope);
    this.names = names;
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
    DistinctRows<P, PID> batch = owners(parents, methods.many("get"));
    return batch.map(Lists.byKey(rows.ofAll(dsl, batch.ids())));
  }

  /** {@code countPosts(user)}. */
  public long count(DSLContext dsl, P parent) {
    return rows.count(dsl, ownerId(parent, methods.many("count")));
  }

  /** {@code createPost(user, post)}: inserts {@code child} linked to {@code parent}. */
  public C create(DSLContext dsl, P parent, C child) {
    String method = methods.one("create");
    PID parentId = ownerId(parent, method);
    Checks.notNull(child, names.singular(), method);
    rows.scope.check(rows.child, child, method);
    return rows.create(dsl, parentId, child, method);
  }

  /**
   * {@code setPosts(user, posts)}: makes exactly {@code children} the parent's children, in one
   * transaction that first locks the parent row.
   */
  public void set(DSLContext dsl, P parent, Collection<? extends C> children) {
    String method = methods.many("set");
    PID parentId = ownerId(parent, method);
    Set<CID> childIds = targetIds(children, method);
    rows.scope.checkAll(rows.child, children, method);
    rows.replace(dsl, parentId, childIds, false, method);
  }

  /** A child whose scoped components hold other values cannot be linked: refused before any SQL. */
  @Override
  void checkLinkable(Collection<? extends C> children, String method) {
    rows.scope.checkAll(rows.child, children, method);
  }

  /**
   * Points the children at the parent (and into scope), in one transaction: all of them or, if
   * one is missing, none.
   */
  @Override
  void link(DSLContext dsl, PID parentId, Set<CID> childIds, String method) {
    dsl.transaction(tx -> rows.link(tx.dsl(), parentId, childIds, method));
  }

  @Override
  void unlink(DSLContext dsl, PID parentId, Set<CID> childIds) {
    rows.unlink(dsl, parentId, Conditions.in(rows.child.id(), childIds));
  }

  @Override
  long countLinked(DSLContext dsl, PID parentId, Set<CID> childIds) {
    return rows.countLinked(dsl, parentId, childIds);
  }
}
