package dev.relata.serving;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts and times the statements of one request, for its {@code Server-Timing} header. A request
 * runs on one thread, but the fields are only read after its statements end.
 */
public final class StatementTimer implements ExecuteListener {

  private static final long serialVersionUID = 1L;

  /** The response header the timing goes in. */
  public static final String HEADER = "Server-Timing";

  /** What {@link #serverTiming} writes, the statement count caught. */
  private static final Pattern VALUE = Pattern.compile("db;dur=\\d+\\.\\d\\d;desc=\"(\\d+) statements\"");

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

  /**
   * The statement count in a header value {@link #serverTiming} wrote, as a client reads it back;
   * empty for any other value.
   */
  public static OptionalInt statementsIn(String serverTiming) {
    Matcher matcher = VALUE.matcher(serverTiming);
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }
}
