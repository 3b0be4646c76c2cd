package dev.relata.sample.stamps;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Note} rows in table {@code "notes"}.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class NoteDao extends EntityDao<Note, Long> {
  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public NoteDao(DSLContext dsl) {
    super(dsl, NoteTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public NoteDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, NoteTable.ENTITY);
  }

  /**
   * Returns the row with {@code row}'s id as stored: a Note has nothing an update writes
   * ({@code createdAt} keeps its stored value).
   *
   * <p>SQL:
   * <pre>{@code
   * select "notes"."id", "notes"."created_at"
   *   from "notes"
   *   where "notes"."id" = ?;
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Note> update(Note row) {
    return super.update(row);
  }
}
