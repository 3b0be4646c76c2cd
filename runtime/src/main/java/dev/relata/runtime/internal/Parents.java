package dev.relata.runtime.internal;

import org.jooq.DSLContext;

/** Row locks on the owner of an association, for the multi-statement methods. */
final class Parents {

  private Parents() {}

  /**
   * {@code SELECT ... FOR NO KEY UPDATE} on the row with {@code id}: concurrent {@code set*}
   * calls on one owner serialize, while inserts of children referencing it (which take a key
   * share lock) go on. A missing owner is a {@link org.jooq.exception.NoDataFoundException}.
   */
  static <E, ID> void lock(DSLContext dsl, EntityMetadata<E, ID> entity, ID id, String method) {
    boolean found =
        dsl.select(entity.id())
            .from(entity.table())
            .where(entity.id().eq(id))
            .forNoKeyUpdate()
            .fetchOptional()
            .isPresent();
    if (!found) {
      throw Checks.noSuchRow(method, entity, id);
    }
  }
}
