package dev.relata.serving;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts and times the statements of one request, for its {@code Server-Timing} header. A request
 * runs on one thread, but the fields are only read after its statements end.
 */
public final class StatementTimer implements ExecuteListener {

  private static final long serialVersionUID = 1L;

  private int statements;
  private long nanos;
  private long started;

  @Override
  public void executeStart(ExecuteContext ctx) {
    statements++;
    started = System.nanoTime();
  }

  @Override
  public void executeEnd(ExecuteContext ctx) {
    nanos += System.nanoTime() - started;
  }

  /** A refused statement took time too; jOOQ calls this instead of {@link #executeEnd}. */
  @Override
  public void exception(ExecuteContext ctx) {
    if (ctx.sqlException() != null) {
      nanos += System.nanoTime() - started;
    }
  }

  /** How many statements ran. */
  public int statements() {
    return statements;
  }

  /**
   * The header value: {@code db;dur=1.25;desc="3 statements"}, the same words for any count
   * (also {@code "1 statements"}) so that clients can match it with one pattern.
   */
  public String serverTiming() {
    double millis = nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
    return String.format(Locale.ROOT, "db;dur=%.2f;desc=\"%d statements\"", millis, statements);
  }
}
