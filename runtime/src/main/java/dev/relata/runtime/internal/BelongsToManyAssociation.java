package dev.relata.runtime.internal;

import dev.relata.Find;
import dev.relata.Linked;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The methods of a {@code @BelongsToMany} association, for the generated DAO of the side that
 * declares it: {@code PostDao.getTags(post)} is {@code TAGS.get(dsl(), post)}. Links are rows of
 * the join entity ({@code through}); removing a link deletes its join row, never the target. A join
 * row's own components are read with its target ({@link LinkRows}) and written by {@code
 * addTag(post, tag, link)} ({@link LinkWrite}). What every to-many association does is in {@link
 * ToManyAssociation}.
 *
 * <p>Scoped ({@code where}, {@code throughWhere}), it sees only the links whose join row is in the
 * through scope and whose target is in the target scope. A target exists on its own: one out of
 * scope is refused, never changed. A join row is the association's own: the through scope's
 * values are written into every join row it links, new or there already ({@link #insertLinks}).
 *
 * @param <O> the entity declaring {@code @BelongsToMany}
 * @param <OID> its id type
 * @param <T> the target entity
 * @param <TID> the target's id type
 * @param <L> the join entity, whose rows are the links ({@link Linked#link()})
 */
public final class BelongsToManyAssociation<O, OID, T, TID, L> extends ToManyAssociation<O, OID, T, TID> {

  private final EntityMetadata<O, OID> owner;
  private final EntityMetadata<T, TID> target;
  private final EntityMetadata<L, ?> through;
  private final TableField<Record, OID> foreignKey;
  private final TableField<Record, TID> otherKey;
  private final AssociationNames names;
  private final boolean uniquePairs;
  private final Scope where;
  private final Scope throughWhere;
  /** The join rows in scope, as a condition on the through table alone. */
  private final Condition linkScope;
  private final LinkRows<OID, T, L> links;
  private final LinkWrite<OID, TID, L> linkWrite;
  /** {@code UserDao.getProjectLinks}, as messages name it. */
  private final String linkMethod;

  /**
   * Describes an unscoped association whose pairs the schema keeps unique; called by generated
   * code. The parameters are the full constructor's, {@link
   * #BelongsToManyAssociation(EntityMetadata, EntityMetadata, EntityMetadata, TableField,
   * TableField, AssociationNames, boolean, Scope, Scope)}.
   */
  public BelongsToManyAssociation(
      EntityMetadata<O, OID> owner,
      EntityMetadata<T, TID> target,
      EntityMetadata<L, ?> through,
      TableField<Record, OID> foreignKey,
      TableField<Record, TID> otherKey,
      AssociationNames names) {
    this(owner, target, through, foreignKey, otherKey, names, true);
  }

  /**
   * Describes an unscoped association; called by generated code. The parameters are the full
   * constructor's, {@link #BelongsToManyAssociation(EntityMetadata, EntityMetadata, EntityMetadata,
   * TableField, TableField, AssociationNames, boolean, Scope, Scope)}.
   */
  public BelongsToManyAssociation(
      EntityMetadata<O, OID> owner,
      EntityMetadata<T, TID> target,
      EntityMetadata<L, ?> through,
      TableField<Record, OID> foreignKey,
      TableField<Record, TID> otherKey,
      AssociationNames names,
      boolean uniquePairs) {
    this(owner, target, through, foreignKey, otherKey, names, uniquePairs, Scope.none(), Scope.none());
  }

  /**
   * Describes a scoped association ({@code @BelongsToMany(where = ..., throughWhere = ...)});
   * called by generated code.
   *
   * @param owner the entity declaring {@code @BelongsToMany}
   * @param target the entity on the other side
   * @param through the join entity
   * @param foreignKey the join entity's column holding the owner's id
   * @param otherKey the join entity's column holding the target's id
   * @param names the generated methods' names
   * @param uniquePairs whether the schema has a unique constraint on the two keys ({@code
   *     @BelongsToMany(unique = ...)}): without one, adds lock the owner row instead of relying on it
   * @param where the targets it sees and may link ({@code Scope.none()}: all)
   * @param throughWhere the join rows it sees, and the values it writes into them ({@code
   *     Scope.none()}: all, nothing)
   */
  public BelongsToManyAssociation(
      EntityMetadata<O, OID> owner,
      EntityMetadata<T, TID> target,
      EntityMetadata<L, ?> through,
      TableField<Record, OID> foreignKey,
      TableField<Record, TID> otherKey,
      AssociationNames names,
      boolean uniquePairs,
      Scope where,
      Scope throughWhere) {
    super(
        owner,
        target,
        names,
        new ToManyRows<>(
            target,
            linked(target, through, otherKey),
            foreignKey,
            Conditions.countDistinct(target.id()),
            seen(where, throughWhere)));
    this.uniquePairs = uniquePairs;
    this.where = where;
    this.throughWhere = throughWhere;
    this.linkScope =
        where.isEmpty()
            ? throughWhere.condition()
            : throughWhere.condition().and(otherKey.in(DSL.select(target.id()).from(target.table()).where(where.condition())));
    this.owner = owner;
    this.target = target;
    this.through = through;
    this.foreignKey = foreignKey;
    this.otherKey = otherKey;
    this.names = names;
    this.links =
        new LinkRows<>(
            target, through, linked(target, through, otherKey), foreignKey, uniquePairs, seen(where, throughWhere));
    this.linkWrite = new LinkWrite<>(through, foreignKey, otherKey, uniquePairs, throughWhere);
    this.linkMethod = methods.one("get") + "Links";
  }

  /** The targets joined with their join rows, which the reads with a {@code Find} select from. */
  private static <TID> Table<?> linked(
      EntityMetadata<?, TID> target, EntityMetadata<?, ?> through, TableField<Record, TID> otherKey) {
    return target.table().join(through.table()).on(otherKey.eq(target.id()));
  }

  /** The links the association sees, as a condition on {@link #linked}: both scopes. */
  private static Condition seen(Scope where, Scope throughWhere) {
    return where.condition().and(throughWhere.condition());
  }

  /** {@code getTags(post)}: the linked targets, ordered by id. */
  public List<T> get(DSLContext dsl, O row) {
    OID ownerId = ownerId(row, methods.many("get"));
    return Rows.fetch(
        target,
        dsl.selectFrom(target.table())
            .where(
                target.id().in(
                    DSL.select(otherKey).from(through.table()).where(foreignKey.eq(ownerId)).and(throughWhere.condition())))
            .and(where.condition())
            .orderBy(target.id()));
  }

  /**
   * {@code getTags(posts)}: the targets of every owner in one statement (a join through the link
   * table, {@code = any(?)}); every owner is a key, in input order, with an empty list where it
   * has none.
   */
  public Map<O, List<T>> getAll(DSLContext dsl, Collection<? extends O> rows) {
    DistinctRows<O, OID> batch = owners(rows, methods.many("get"));
    Map<OID, Map<TID, T>> byOwner = new HashMap<>();
    if (!batch.ids().isEmpty()) {
      List<Field<?>> fields = new ArrayList<>(target.columns());
      fields.add(foreignKey);
      for (Record record :
          dsl.select(fields)
              .from(target.table())
              .join(through.table())
              .on(otherKey.eq(target.id()))
              .where(Conditions.in(foreignKey, batch.ids()))
              .and(where.condition())
              .and(throughWhere.condition())
              .orderBy(target.id())
              .fetch()) {
        T linked = target.read(record);
        byOwner
            .computeIfAbsent(record.get(foreignKey), id -> new LinkedHashMap<>())
            .putIfAbsent(target.idOf(linked), linked);
      }
    }
    return batch.map(
        id -> {
          Map<TID, T> linked = byOwner.get(id);
          return linked == null ? List.of() : List.copyOf(linked.values());
        });
  }

  /**
   * {@code getTagLinks(post)}: each linked target with its join row, ordered by target id (then by
   * join row id where a pair may be linked twice).
   */
  public List<Linked<T, L>> getLinks(DSLContext dsl, O row) {
    return getLinks(dsl, row, Find.all());
  }

  /**
   * {@code getTagLinks(post, find)}: the links {@code find} selects (its conditions and order on
   * either table's fields), in its order, then by target id, its limit and offset applied.
   */
  public List<Linked<T, L>> getLinks(DSLContext dsl, O row, Find find) {
    String method = linkMethod;
    OID ownerId = ownerId(row, method);
    return links.of(dsl, ownerId, Checks.notNull(find, "find", method));
  }

  /**
   * {@code getTagLinks(posts)}: the links of every owner in one statement; every owner is a key,
   * in input order, with an empty list where it has none.
   */
  public Map<O, List<Linked<T, L>>> getAllLinks(DSLContext dsl, Collection<? extends O> rows) {
    return getAllLinks(dsl, rows, Find.all());
  }

  /**
   * {@code getTagLinks(posts, find)}: the links {@code find} selects of every owner, in one
   * statement, its limit and offset applied to each owner's list; every owner is a key, in input
   * order, with an empty list where it has none.
   */
  public Map<O, List<Linked<T, L>>> getAllLinks(DSLContext dsl, Collection<? extends O> rows, Find find) {
    String method = linkMethod;
    DistinctRows<O, OID> batch = owners(rows, method);
    Checks.notNull(find, "find", method);
    return batch.map(Lists.byKey(links.ofAll(dsl, batch.ids(), find)));
  }

  /**
   * {@code addTag(post, tag, link)}: stores {@code link}'s own components as the pair's join row
   * and returns the row as stored; where the pair is linked already and pairs are unique, its
   * join row takes them instead, in the same statement ({@link LinkWrite#store}). The link's id
   * and keys are not taken: its keys must be {@code null} or the two ids. Scoped, a target out of
   * {@code where} and a link holding another non-null value than {@code throughWhere}'s are
   * refused before any SQL, and the join row gets {@code throughWhere}'s values.
   */
  public L addLink(DSLContext dsl, O row, T linked, L link) {
    String method = methods.one("add");
    OID ownerId = ownerId(row, method);
    TID targetId = targetId(linked, method);
    Checks.notNull(link, "link", method);
    where.check(target, linked, method);
    throughWhere.check(through, link, method);
    return linkWrite.store(dsl, ownerId, targetId, link, names.owner(), names.singular(), method);
  }

  /** {@code countTags(post)}: the number of distinct linked targets. */
  public long count(DSLContext dsl, O row) {
    return countLinks(dsl, ownerId(row, methods.many("count")), DSL.noCondition());
  }

  /** {@code createTag(post, tag)}: inserts {@code row} and links it; one transaction. */
  public T create(DSLContext dsl, O row, T created) {
    String method = methods.one("create");
    OID ownerId = ownerId(row, method);
    Checks.notNull(created, names.singular(), method);
    where.check(target, created, method);
    return dsl.transactionResult(
        tx -> {
          T stored = Inserts.one(tx.dsl(), target, created, where.values(), method);
          insertLinks(tx.dsl(), ownerId, Set.of(target.idOf(stored)));
          return stored;
        });
  }

  /**
   * Inserts the links not there yet. Where no unique constraint settles two concurrent adds of
   * one pair, the owner's row is locked first, in a transaction, so that they run one after the
   * other and the second sees the first's link.
   */
  private void addLinks(DSLContext dsl, OID ownerId, Set<TID> ids, String method) {
    if (uniquePairs) {
      insertLinks(dsl, ownerId, ids);
      return;
    }
    dsl.transaction(
        tx -> {
          Parents.lock(tx.dsl(), owner, ownerId, method);
          insertLinks(tx.dsl(), ownerId, ids);
        });
  }

  /**
   * {@code setTags(post, tags)}: makes exactly {@code linked} the owner's targets, in one
   * transaction that first locks the owner row.
   */
  public void set(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("set");
    OID ownerId = ownerId(row, method);
    Set<TID> ids = targetIds(linked, method);
    where.checkAll(target, linked, method);
    dsl.transaction(
        tx -> {
          DSLContext inTx = tx.dsl();
          Parents.lock(inTx, owner, ownerId, method);
          deleteLinks(inTx, ownerId, ids.isEmpty() ? DSL.noCondition() : Conditions.notIn(otherKey, ids));
          insertLinks(inTx, ownerId, ids);
        });
  }

  /** A target out of the target scope is never linked, nor changed: refused before any SQL. */
  @Override
  void checkLinkable(Collection<? extends T> rows, String method) {
    where.checkAll(target, rows, method);
  }

  /** Inserts the join rows not there yet. */
  @Override
  void link(DSLContext dsl, OID ownerId, Set<TID> ids, String method) {
    addLinks(dsl, ownerId, ids, method);
  }

  /** Deletes their join rows; the targets stay. */
  @Override
  void unlink(DSLContext dsl, OID ownerId, Set<TID> ids) {
    deleteLinks(dsl, ownerId, Conditions.in(otherKey, ids));
  }

  /** Distinct targets: a target linked twice counts once. */
  @Override
  long countLinked(DSLContext dsl, OID ownerId, Set<TID> ids) {
    return countLinks(dsl, ownerId, Conditions.in(otherKey, ids));
  }

  /** The distinct targets of the owner's links in scope that {@code which} selects. */
  private long countLinks(DSLContext dsl, OID ownerId, Condition which) {
    return dsl.select(Conditions.countDistinct(otherKey))
        .from(through.table())
        .where(foreignKey.eq(ownerId).and(which))
        .and(linkScope)
        .fetchSingle()
        .value1();
  }

  /**
   * {@code INSERT INTO through (fk, other) SELECT ?, x.id FROM unnest(?) AS x(id) LEFT JOIN
   * through AS existing ON existing.fk = ? AND existing.other = x.id WHERE existing.other IS NULL
   * ON CONFLICT DO NOTHING}: one statement for any number of targets; an existing pair is skipped
   * by the anti-join, and the unique constraint on the pair settles a concurrent insert of the
   * same one. Without that constraint there is no {@code ON CONFLICT}: it would swallow a
   * violation of any other unique constraint of the join table and leave the pair unlinked
   * without a word. The join entity's timestamps and version, if it has them, get {@code now()}
   * and 0, as in an insert.
   *
   * <p>An anti-join rather than {@code WHERE NOT EXISTS (SELECT ... WHERE existing.other =
   * x.id)}: the two plan alike on PostgreSQL, but Citus refuses a subquery that refers to a row
   * of a set-returning function ("correlated subqueries are not supported when the FROM clause
   * contains a set returning function"), and the join runs on a Citus cluster as it is.
   *
   * <p>With a through scope, every join row written holds its values, whether inserted here or
   * there already (a {@code member} link added as a lead becomes {@code lead}): with unique pairs
   * in the same one statement, {@code ... ON CONFLICT (fk, other) DO UPDATE SET role = 'lead'
   * WHERE role IS DISTINCT FROM 'lead'}; without them, an {@code UPDATE} of the existing pairs
   * first, in the caller's transaction, which holds the owner's lock.
   */
  private void insertLinks(DSLContext dsl, OID ownerId, Set<TID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    Table<?> candidates = SqlArray.unnest(otherKey, ids).as("x", "id");
    Field<TID> candidate = candidates.field("id", otherKey.getDataType());
    Table<Record> existing = through.table().as("existing");
    Field<TID> existingOther = existing.field(otherKey);
    List<Field<?>> columns = new ArrayList<>(List.of(foreignKey, otherKey));
    List<Field<?>> values = new ArrayList<>(List.of(DSL.val(ownerId, foreignKey.getDataType()), candidate));
    JoinRows.addKept(through, throughWhere, columns, values);
    if (!throughWhere.isEmpty() && uniquePairs) {
      dsl.insertInto(through.table(), columns)
          .select(DSL.select(values).from(candidates))
          .onConflict(foreignKey, otherKey)
          .doUpdate()
          .set(throughWhere.values())
          .set(through.managed().onChange())
          .where(throughWhere.outside())
          .execute();
      return;
    }
    if (!throughWhere.isEmpty()) {
      dsl.update(through.table())
          .set(throughWhere.values())
          .set(through.managed().onChange())
          .where(foreignKey.eq(ownerId))
          .and(Conditions.in(otherKey, ids))
          .and(throughWhere.outside())
          .execute();
    }
    InsertOnDuplicateStep<Record> insert =
        dsl.insertInto(through.table(), columns)
            .select(
                DSL.select(values)
                    .from(candidates)
                    .leftJoin(existing)
                    .on(existing.field(foreignKey).eq(ownerId), existingOther.eq(candidate))
                    .where(existingOther.isNull()));
    Query query = uniquePairs ? insert.onConflictDoNothing() : insert;
    query.execute();
  }

  private void deleteLinks(DSLContext dsl, OID ownerId, Condition which) {
    dsl.deleteFrom(through.table()).where(foreignKey.eq(ownerId)).and(which).and(linkScope).execute();
  }

}
