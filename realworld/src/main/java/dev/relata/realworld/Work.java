package dev.relata.realworld;

import dev.relata.serving.StatementTimer;
import io.javalin.http.Context;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Runs the database work of one request in one transaction, with its statements counted by the
 * request's {@link StatementTimer}. A transaction that loses a race on a unique value (two
 * clients creating the tag {@code java} at once) runs again, once or twice: its checks then see
 * the row the other one committed and answer as for any taken value.
 */
final class Work {

  private static final String TIMER = StatementTimer.class.getName();
  private static final int ATTEMPTS = 3;
  private static final String UNIQUE_VIOLATION = "23505";

  private final Configuration base;

  Work(DataSource dataSource) {
    this.base = new DefaultConfiguration().set(dataSource).set(SQLDialect.POSTGRES);
  }

  /** Starts timing a request. */
  static void begin(Context ctx) {
    ctx.attribute(TIMER, new StatementTimer());
  }

  /** The timer of a request that {@link #begin} started. */
  static StatementTimer timer(Context ctx) {
    StatementTimer timer = ctx.attribute(TIMER);
    return timer != null ? timer : new StatementTimer();
  }

  /**
   * Runs {@code body} in a transaction, its statements counted by {@code timer}: committed if it
   * returns, rolled back if it throws.
   */
  <R> R transaction(StatementTimer timer, Function<DSLContext, R> body) {
    DSLContext dsl = DSL.using(base.derive(new DefaultExecuteListenerProvider(timer)));
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(cfg -> body.apply(cfg.dsl()));
      } catch (IntegrityConstraintViolationException e) {
        if (attempt == ATTEMPTS || !UNIQUE_VIOLATION.equals(e.sqlState())) {
          throw e;
        }
      }
    }
  }
}
