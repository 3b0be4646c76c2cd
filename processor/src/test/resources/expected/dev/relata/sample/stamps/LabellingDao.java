package dev.relata.sample.stamps;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Labelling} rows in table {@code "labellings"}.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class LabellingDao extends EntityDao<Labelling, Long> {
  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public LabellingDao(DSLContext dsl) {
    super(dsl, LabellingTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public LabellingDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, LabellingTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   * {@code createdAt} keeps its stored value.
   * The row is written only if its stored {@code version} is {@code row}'s, which is then incremented if the update changes a column.
   *
   * <p>SQL:
   * <pre>{@code
   * update "labellings" set "label_id" = ?, "account_id" = ?, "note" = ?,
   *     "version" = ("labellings"."version" + ?)
   *   where ("labellings"."id" = ? and "labellings"."version" = ? and ("labellings"."label_id",
   *       "labellings"."account_id", "labellings"."note") is distinct from (?, ?, ?))
   *   returning "labellings"."id", "labellings"."label_id", "labellings"."account_id",
   *       "labellings"."note", "labellings"."created_at", "labellings"."version";
   * select "labellings"."id", "labellings"."label_id", "labellings"."account_id", "labellings"."note",
   *     "labellings"."created_at", "labellings"."version"
   *   from "labellings"
   *   where "labellings"."id" = ?;
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   * @throws org.jooq.exception.DataChangedException if the stored {@code version} is not
   *     {@code row}'s: the row changed since it was read; nothing is changed
   */
  @Override
  public Optional<Labelling> update(Labelling row) {
    return super.update(row);
  }
}
