package dev.relata.sample.scopes;

import dev.relata.runtime.EntityDao;
import dev.relata.runtime.ReadReplica;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;

/**
 * Reads and writes {@link Project} rows in table {@code "projects"}.
 *
 * <p>CRUD comes from {@link EntityDao}. The DAO holds nothing but its {@link DSLContext}: it is stateless and
 * thread-safe, and every method runs on that context's connection, so a DAO built inside
 * {@code dsl.transaction(cfg -> ...)} on {@code cfg.dsl()} joins the transaction.
 *
 * <p>Given a {@link ReadReplica} too, it reads from the replica outside a transaction; writes, and
 * reads in a transaction, run on the context.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ProjectDao extends EntityDao<Project, Long> {
  /**
   * Creates a DAO that runs its statements on {@code dsl}.
   */
  public ProjectDao(DSLContext dsl) {
    super(dsl, ProjectTable.ENTITY);
  }

  /**
   * Creates a DAO that writes on {@code dsl} and reads from {@code replica} outside a transaction:
   * a read while {@code dsl}'s connection is in a transaction runs on {@code dsl}, and sees
   * the transaction's writes.
   */
  public ProjectDao(DSLContext dsl, ReadReplica replica) {
    super(dsl, replica, ProjectTable.ENTITY);
  }

  /**
   * Writes every component of {@code row} but its id to the row with that id, and returns
   * the row as stored.
   *
   * <p>SQL:
   * <pre>{@code
   * update "projects" set "name" = ?, "open" = ?
   *   where "projects"."id" = ?
   *   returning "projects"."id", "projects"."name", "projects"."open";
   * }</pre>
   *
   * @return the stored row; empty if no row has that id
   * @throws IllegalArgumentException if {@code row} has a {@code null} id
   */
  @Override
  public Optional<Project> update(Project row) {
    return super.update(row);
  }
}
