package dev.relata.runtime;

import dev.relata.Find;
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
 * the join entity ({@code through}); removing a link deletes its join row, never the target.
 *
 * @param <O> the entity declaring {@code @BelongsToMany}
 * @param <OID> its id type
 * @param <T> the target entity
 * @param <TID> the target's id type
 */
public final class BelongsToManyAssociation<O, OID, T, TID> {

  private final EntityMetadata<O, OID> owner;
  private final EntityMetadata<T, TID> target;
  private final EntityMetadata<?, ?> through;
  private final TableField<Record, OID> foreignKey;
  private final TableField<Record, TID> otherKey;
  private final AssociationNames names;
  private final MethodNames methods;
  private final boolean uniquePairs;
  private final ToManyFront<O, OID, T, TID> front;

  /**
   * Describes the association, whose pairs the schema keeps unique; called by generated code.
   *
   * @param owner the entity declaring {@code @BelongsToMany}
   * @param target the entity on the other side
   * @param through the join entity
   * @param foreignKey the join entity's column holding the owner's id
   * @param otherKey the join entity's column holding the target's id
   * @param names the generated methods' names
   */
  public BelongsToManyAssociation(
      EntityMetadata<O, OID> owner,
      EntityMetadata<T, TID> target,
      EntityMetadata<?, ?> through,
      TableField<Record, OID> foreignKey,
      TableField<Record, TID> otherKey,
      AssociationNames names) {
    this(owner, target, through, foreignKey, otherKey, names, true);
  }

  /**
   * Describes the association; called by generated code.
   *
   * @param owner the entity declaring {@code @BelongsToMany}
   * @param target the entity on the other side
   * @param through the join entity
   * @param foreignKey the join entity's column holding the owner's id
   * @param otherKey the join entity's column holding the target's id
   * @param names the generated methods' names
   * @param uniquePairs whether the schema has a unique constraint on the two keys ({@code
   *     @BelongsToMany(unique = ...)}): without one, adds lock the owner row instead of relying on it
   */
  public BelongsToManyAssociation(
      EntityMetadata<O, OID> owner,
      EntityMetadata<T, TID> target,
      EntityMetadata<?, ?> through,
      TableField<Record, OID> foreignKey,
      TableField<Record, TID> otherKey,
      AssociationNames names,
      boolean uniquePairs) {
    this.uniquePairs = uniquePairs;
    this.owner = owner;
    this.target = target;
    this.through = through;
    this.foreignKey = foreignKey;
    this.otherKey = otherKey;
    this.names = names;
    this.front =
        new ToManyFront<>(
            owner,
            target,
            names,
            new ToManyRows<>(
                target,
                target.table().join(through.table()).on(otherKey.eq(target.id())),
                foreignKey,
                Conditions.countDistinct(target.id())));
    this.methods = front.methods();
  }

  /** {@code getTags(post)}: the linked targets, ordered by id. */
  public List<T> get(DSLContext dsl, O row) {
    OID ownerId = ownerId(row, methods.many("get"));
    return Rows.fetch(
        target,
        dsl.selectFrom(target.table())
            .where(target.id().in(DSL.select(otherKey).from(through.table()).where(foreignKey.eq(ownerId))))
            .orderBy(target.id()));
  }

  /**
   * {@code getTags(posts)}: the targets of every owner in one statement (a join through the link
   * table, {@code = any(?)}); every owner is a key, in input order, with an empty list where it
   * has none.
   */
  public Map<O, List<T>> getAll(DSLContext dsl, Collection<? extends O> rows) {
    DistinctRows<O, OID> batch = front.owners(rows, methods.many("get"));
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
   * {@code getTags(post, find)}: the linked targets {@code find} selects, in its order (then by
   * id), its limit and offset applied; its condition and order may use the through table's
   * fields.
   */
  public List<T> get(DSLContext dsl, O row, Find find) {
    return front.get(dsl, row, find);
  }

  /**
   * {@code getTags(posts, find)}: the linked targets {@code find} selects of every owner, in one
   * statement, its limit and offset applied to each owner's list; every owner is a key, in input
   * order, with an empty list where it has none.
   */
  public Map<O, List<T>> getAll(DSLContext dsl, Collection<? extends O> rows, Find find) {
    return front.getAll(dsl, rows, find);
  }

  /** {@code countTags(post, condition)}: how many distinct linked targets match it. */
  public long count(DSLContext dsl, O row, Condition condition) {
    return front.count(dsl, row, condition);
  }

  /** {@code countTags(posts)}: {@link #countAll(DSLContext, Collection, Condition)} of every target. */
  public Map<O, Long> countAll(DSLContext dsl, Collection<? extends O> rows) {
    return countAll(dsl, rows, DSL.noCondition());
  }

  /**
   * {@code countTags(posts, condition)}: how many distinct linked targets of each owner match
   * {@code condition}, in one {@code group by} statement; every owner is a key, in input order,
   * {@code 0} where it has none.
   */
  public Map<O, Long> countAll(DSLContext dsl, Collection<? extends O> rows, Condition condition) {
    return front.countAll(dsl, rows, condition);
  }

  /** {@code countTags(post)}: the number of distinct linked targets. */
  public long count(DSLContext dsl, O row) {
    OID ownerId = ownerId(row, methods.many("count"));
    return dsl.select(Conditions.countDistinct(otherKey))
        .from(through.table())
        .where(foreignKey.eq(ownerId))
        .fetchSingle()
        .value1();
  }

  /** {@code createTag(post, tag)}: inserts {@code row} and links it; one transaction. */
  public T create(DSLContext dsl, O row, T created) {
    String method = methods.one("create");
    OID ownerId = ownerId(row, method);
    Checks.notNull(created, names.singular(), method);
    return dsl.transactionResult(
        tx -> {
          T stored = Inserts.one(tx.dsl(), target, created, Map.of(), method);
          insertLinks(tx.dsl(), ownerId, Set.of(target.idOf(stored)));
          return stored;
        });
  }

  /** {@code addTag(post, tag)}: links it; a pair already linked stays one link. */
  public void add(DSLContext dsl, O row, T linked) {
    String method = methods.one("add");
    addLinks(dsl, ownerId(row, method), Set.of(targetId(linked, method)), method);
  }

  /** {@code addTags(post, tags)}: links each; pairs already linked stay one link. */
  public void addAll(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("add");
    addLinks(dsl, ownerId(row, method), targetIds(linked, method), method);
  }

  /**
   * Inserts the links not there yet. Where no unique constraint settles two concurrent adds of
   * one pair, the owner's row is locked first, in a transaction, so that they run one after the
   * other and the second sees the first's link.
   */
  private void addLinks(DSLContext dsl, OID ownerId, Set<TID> ids, String method) {
    if (ids.isEmpty()) {
      return;
    }
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

  /** {@code removeTag(post, tag)}: deletes the join row, if any; the tag stays. */
  public void remove(DSLContext dsl, O row, T linked) {
    String method = methods.one("remove");
    deleteLinks(dsl, ownerId(row, method), Conditions.in(otherKey, Set.of(targetId(linked, method))));
  }

  /** {@code removeTags(post, tags)}: deletes their join rows; the tags stay. */
  public void removeAll(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("remove");
    OID ownerId = ownerId(row, method);
    Set<TID> ids = targetIds(linked, method);
    if (!ids.isEmpty()) {
      deleteLinks(dsl, ownerId, Conditions.in(otherKey, ids));
    }
  }

  /**
   * {@code setTags(post, tags)}: makes exactly {@code linked} the owner's targets, in one
   * transaction that first locks the owner row.
   */
  public void set(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("set");
    OID ownerId = ownerId(row, method);
    Set<TID> ids = targetIds(linked, method);
    dsl.transaction(
        tx -> {
          DSLContext inTx = tx.dsl();
          Parents.lock(inTx, owner, ownerId, method);
          deleteLinks(inTx, ownerId, ids.isEmpty() ? DSL.noCondition() : Conditions.notIn(otherKey, ids));
          insertLinks(inTx, ownerId, ids);
        });
  }

  /** {@code hasTag(post, tag)}. */
  public boolean has(DSLContext dsl, O row, T linked) {
    String method = methods.one("has");
    return hasIds(dsl, ownerId(row, method), Set.of(targetId(linked, method)));
  }

  /** {@code hasTags(post, tags)}: whether every one of them is linked; true for none. */
  public boolean hasAll(DSLContext dsl, O row, Collection<? extends T> linked) {
    String method = methods.many("has");
    return hasIds(dsl, ownerId(row, method), targetIds(linked, method));
  }

  private boolean hasIds(DSLContext dsl, OID ownerId, Set<TID> ids) {
    if (ids.isEmpty()) {
      return true;
    }
    long linked =
        dsl.select(Conditions.countDistinct(otherKey))
            .from(through.table())
            .where(foreignKey.eq(ownerId).and(Conditions.in(otherKey, ids)))
            .fetchSingle()
            .value1();
    return linked == ids.size();
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
    for (Field<?> kept : through.managed().columns()) {
      columns.add(kept);
      values.add(through.managed().onInsert(kept));
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
    dsl.deleteFrom(through.table()).where(foreignKey.eq(ownerId)).and(which).execute();
  }

  private OID ownerId(O row, String method) {
    return front.ownerId(row, method);
  }

  private TID targetId(T row, String method) {
    return front.targetId(row, method);
  }

  private Set<TID> targetIds(Collection<? extends T> rows, String method) {
    return front.targetIds(rows, method);
  }
}
