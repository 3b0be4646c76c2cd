package dev.relata.sample.serve;

import dev.relata.serving.StatementTimer;
import io.javalin.http.Context;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Runs the database work of one request in one transaction, so that a refused request changes
 * nothing, with its statements counted by the request's {@link StatementTimer}.
 */
final class Work {

  private static final String TIMER = StatementTimer.class.getName();

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

  /** Runs {@code body} in a transaction: committed if it returns, rolled back if it throws. */
  <R> R transaction(Context ctx, Function<DSLContext, R> body) {
    DSLContext dsl = DSL.using(base.derive(new DefaultExecuteListenerProvider(timer(ctx))));
    return dsl.transactionResult(cfg -> body.apply(cfg.dsl()));
  }
}
