package dev.relata.serving;

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
 * Runs the database work of one request in one transaction, so that a refused request changes
 * nothing, with its statements counted by the request's {@link StatementTimer}. Built {@link
 * #retryingUniqueViolations}, a transaction that loses a race on a unique value (two clients
 * creating the tag {@code java} at once) runs again: its checks then see the row the other one
 * committed and answer as for any taken value.
 */
public final class Work {

  private static final String TIMER = StatementTimer.class.getName();

  private final Configuration base;
  private final int attempts;

  private Work(Configuration base, int attempts) {
    this.base = base;
    this.attempts = attempts;
  }

  /** Work on {@code dataSource}, each transaction run once. */
  public Work(DataSource dataSource) {
    this(new DefaultConfiguration().set(dataSource).set(SQLDialect.POSTGRES), 1);
  }

  /** The same work, a transaction refused for a duplicate unique value run up to {@code attempts} times in all. */
  public Work retryingUniqueViolations(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
    }
    return new Work(base, attempts);
  }

  /** Starts timing a request. */
  public static void begin(Context ctx) {
    ctx.attribute(TIMER, new StatementTimer());
  }

  /** The timer of a request that {@link #begin} started, or a new one. */
  public static StatementTimer timer(Context ctx) {
    StatementTimer timer = ctx.attribute(TIMER);
    return timer != null ? timer : new StatementTimer();
  }

  /**
   * Runs {@code body} in a transaction, its statements counted by {@code ctx}'s timer: committed
   * if it returns, rolled back if it throws.
   */
  public <R> R transaction(Context ctx, Function<DSLContext, R> body) {
    return transaction(timer(ctx), body);
  }

  /**
   * Runs {@code body} in a transaction, its statements counted by {@code timer}: committed if it
   * returns, rolled back if it throws.
   */
  public <R> R transaction(StatementTimer timer, Function<DSLContext, R> body) {
    DSLContext dsl = DSL.using(base.derive(new DefaultExecuteListenerProvider(timer)));
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(cfg -> body.apply(cfg.dsl()));
      } catch (IntegrityConstraintViolationException e) {
        if (attempt >= attempts || !Refusal.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }
}
