package dev.relata.runtime.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The rows of one parent entity of a {@code @BelongsTo}, read by id, and the statement that points
 * a child at one of them: what {@link BelongsToAssociation} and {@link
 * PolymorphicBelongsToAssociation} (one of these per permitted entity) share.
 *
 * @param <P> the parent entity
 * @param <PID> its id type
 */
final class ParentRows<P, PID> {

  final EntityMetadata<P, PID> entity;
  private final CachedQuery byIds;

  ParentRows(EntityMetadata<P, PID> entity) {
    this.entity = entity;
    this.byIds =
        new CachedQuery(
            entity.table(),
            new DataType<?>[] {SQLDataType.OTHER},
            values -> DSL.selectFrom(entity.table()).where(Conditions.anyOf(entity.id(), values[0])));
  }

  /** The parent with {@code id}, or empty. */
  Optional<P> of(DSLContext dsl, PID id) {
    return Rows.fetchOptional(entity, entity.byId(dsl, id));
  }

  /** The parents with {@code ids}, at least one, in one statement; by id, ids without a row absent. */
  Map<PID, P> ofAll(DSLContext dsl, Collection<PID> ids) {
    Map<PID, P> byId = new HashMap<>(Maps.capacity(ids.size()));
    Rows.fetch(entity, byIds.on(dsl, SqlArray.of(entity.id(), ids)), (row, found) -> byId.put(entity.idOf(found), found));
    return byId;
  }

  /**
   * Runs {@code key} (an update of the child's table that sets the columns pointing at a parent)
   * on the child {@code childId}, setting its {@code @UpdatedAt} and {@code @Version} too; returns
   * the child as stored, or throws where there is no such child.
   */
  static <C, CID> C pointAt(EntityMetadata<C, CID> child, CID childId, UpdateSetMoreStep<Record> key, String method) {
    Record updated =
        key.set(child.managed().onChange()).where(child.id().eq(childId)).returning(child.columns()).fetchOne();
    if (updated == null) {
      throw Checks.noSuchRow(method, child, childId);
    }
    return child.read(updated);
  }
}
