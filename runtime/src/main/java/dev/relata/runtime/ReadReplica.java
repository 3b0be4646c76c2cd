package dev.relata.runtime;

import static java.util.Objects.requireNonNull;

import dev.relata.runtime.internal.Checks;
import dev.relata.runtime.internal.Dialects;
import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A PostgreSQL streaming replica that DAOs and graph loaders read from outside a transaction:
 * {@code new UserDao(dsl, replica)}, {@code new UserPageLoader(dsl, replica)}.
 *
 * <pre>{@code
 * ReadReplica replica = ReadReplica.connect(primary, DSL.using(replicaDataSource, SQLDialect.POSTGRES));
 * UserDao users = new UserDao(primary, replica);
 * users.findById(7L);                     // on the replica
 * users.insert(new User(null, "Ann"));    // on the primary
 * primary.transaction(tx -> {
 *   UserDao inTx = new UserDao(tx.dsl(), replica);
 *   inTx.findById(inTx.insert(new User(null, "Bob")).id());  // both on the primary: Bob is there
 * });
 * }</pre>
 *
 * <p>Which statements go where: every write goes to the DAO's own {@code DSLContext} (the
 * primary), and so does every read made while that context is in a transaction, so that a
 * transaction reads its own writes. Only reads outside a transaction go to the replica.
 *
 * <p>"In a transaction" means: the connection the primary's {@code DSLContext} hands out is not in
 * auto-commit mode. That one rule covers jOOQ's {@code dsl.transaction(tx -> ...)} (a DAO built on
 * {@code tx.dsl()}), jOOQ's {@code ThreadLocalTransactionProvider} (a DAO built on the context
 * itself), and a transaction manager that hands out the transaction's connection from a {@code
 * DataSource} (Spring's {@code DataSourceTransactionManager}, the {@code DSLContext} on a {@code
 * TransactionAwareDataSourceProxy}). Its price: each read outside a transaction borrows a
 * connection of the primary for a moment, to ask it ({@code Connection.getAutoCommit()}: the
 * PostgreSQL driver answers without a round trip), before it runs on the replica; so reads need
 * the primary's pool to hand out a connection too, and fail, saying so, while the primary is down.
 *
 * <p>The replica replays the primary's changes a little later: a read outside a transaction right
 * after a write may not see it yet. Read in the transaction that wrote, or from a DAO without a
 * replica, where that matters.
 *
 * <p>When the replica stops answering after {@link #connect}, reads outside a transaction fail
 * with jOOQ's {@link DataAccessException} saying that the read replica is unreachable, PostgreSQL's
 * connection error as its cause (its {@code sqlStateClass()} is {@link
 * SQLStateClass#C08_CONNECTION_EXCEPTION}); they do not fall back to the primary, which would move
 * the whole read load there, unasked, at the moment something already went wrong. Writes and reads
 * in transactions go on, on the primary, and reads use the replica again as soon as its {@code
 * DSLContext} gets a connection again. An application that prefers the primary then catches
 * that exception and reads through a DAO without a replica.
 *
 * <p>A {@code ReadReplica} is immutable and thread-safe; keep one for the application's lifetime.
 */
public final class ReadReplica {

  /** What {@link #connect} asks each server: whether it replays WAL, and which cluster it is. */
  private static final String IDENTITY = "select pg_is_in_recovery(), system_identifier from pg_control_system()";

  private final DSLContext replica;
  private final long systemIdentifier;

  private ReadReplica(DSLContext replica, long systemIdentifier) {
    this.replica = replica;
    this.systemIdentifier = systemIdentifier;
  }

  /**
   * Checks {@code replica} once and returns it as the read replica of {@code primary}: both must
   * answer, {@code primary} must accept writes ({@code pg_is_in_recovery()} false), and {@code
   * replica} must be a streaming (physical) replica of that very cluster ({@code
   * pg_is_in_recovery()} true, and the same {@code system_identifier} in {@code
   * pg_control_system()}). One statement on each; a mistake is found here, not at the first read.
   *
   * @param primary a context on the primary: the one the DAOs will be given, or any other on the
   *     same server
   * @param replica a context on the replica, e.g. on its own connection pool; reads outside a
   *     transaction run on it, with its settings and listeners
   * @throws NullPointerException if either is {@code null}
   * @throws DataAccessException if either does not answer (unreachable, refused), saying which
   * @throws IllegalArgumentException if either's dialect is not PostgreSQL's, {@code replica} is not
   *     in recovery (a primary, perhaps the same server), {@code primary} is, or they are not the
   *     same cluster
   */
  public static ReadReplica connect(DSLContext primary, DSLContext replica) {
    requireNonNull(primary, "primary must not be null (ReadReplica.connect)");
    requireNonNull(replica, "replica must not be null (ReadReplica.connect)");
    Dialects.requirePostgres(primary, "ReadReplica.connect, primary");
    Dialects.requirePostgres(replica, "ReadReplica.connect, replica");
    Record2<Boolean, Long> primaryIdentity = identity(primary, "primary");
    Record2<Boolean, Long> replicaIdentity = identity(replica, "replica");
    if (primaryIdentity.value1()) {
      throw new IllegalArgumentException(
          "ReadReplica.connect: primary is in recovery (pg_is_in_recovery() is true): it is a replica itself, and"
              + " writes would fail there");
    }
    if (!replicaIdentity.value1()) {
      throw new IllegalArgumentException(
          "ReadReplica.connect: replica is not a replica: pg_is_in_recovery() is false there, so it accepts"
              + " writes (is it the primary itself, or a promoted replica?)");
    }
    if (!primaryIdentity.value2().equals(replicaIdentity.value2())) {
      throw new IllegalArgumentException(
          "ReadReplica.connect: replica is not a replica of primary: they are different clusters"
              + " (pg_control_system().system_identifier differs)");
    }
    DSLContext reads = replica.configuration().deriveAppending(new Unreachable()).dsl();
    return new ReadReplica(reads, replicaIdentity.value2());
  }

  private static Record2<Boolean, Long> identity(DSLContext dsl, String which) {
    try {
      return dsl.resultQuery(IDENTITY)
          .coerce(DSL.field("pg_is_in_recovery", SQLDataType.BOOLEAN), DSL.field("system_identifier", SQLDataType.BIGINT))
          .fetchSingle();
    } catch (DataAccessException e) {
      throw new DataAccessException(
          "ReadReplica.connect: the " + which + " did not answer " + IDENTITY + ": " + e.getMessage(), e);
    }
  }

  /**
   * The context a read runs on, for a DAO whose statements otherwise run on {@code primary}: the
   * replica, unless {@code primary}'s connection is in a transaction (not in auto-commit mode).
   */
  DSLContext readsFor(DSLContext primary) {
    boolean autoCommit;
    try {
      autoCommit = primary.connectionResult(Connection::getAutoCommit);
    } catch (DataAccessException e) {
      // Said here, as the replica's failures are: the read was meant for the replica, and a bare
      // "connection refused" would point there.
      throw new DataAccessException(
          "the primary is unreachable: a read asks its connection whether it is in a transaction before it goes to"
              + " the read replica: " + e.getMessage(),
          e);
    }
    return autoCommit ? replica : primary;
  }

  @Override
  public String toString() {
    return "ReadReplica[cluster " + Long.toUnsignedString(systemIdentifier) + "]";
  }

  /**
   * Says which server failed where the replica's connection does: a read on the replica is far
   * from the code that set it up, and "connection refused" alone does not tell which of two
   * servers refused. PostgreSQL's exception stays the cause, with its SQL state.
   */
  private static final class Unreachable implements ExecuteListener {

    @Override
    public void exception(ExecuteContext ctx) {
      RuntimeException failure = ctx.exception();
      if (failure instanceof DataAccessException e && e.sqlStateClass() == SQLStateClass.C08_CONNECTION_EXCEPTION) {
        ctx.exception(
            new DataAccessException(
                "the read replica is unreachable (SQL state " + e.sqlState() + "): reads outside a transaction go"
                    + " there and do not fall back to the primary; writes and reads in transactions still run on"
                    + " the primary: " + e.getMessage(),
                e));
      }
    }
  }
}
