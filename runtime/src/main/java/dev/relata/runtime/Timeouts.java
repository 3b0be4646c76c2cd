package dev.relata.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

/**
 * Query timeouts for DAOs and loaders: a statement that runs longer is cancelled by the database
 * and surfaces as jOOQ's {@link org.jooq.exception.DataAccessException} with SQL state {@code
 * 57014} ({@code query_canceled}); a multi-statement method that is cancelled part-way leaves the
 * database as it was (its statements run in one transaction, or in a savepoint of the caller's).
 *
 * <pre>{@code
 * UserDao patient = new UserDao(Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(5)));  // every call
 * new UserDao(Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(1))).setPosts(alice, posts); // one call
 * }</pre>
 *
 * <p>The timeout is jOOQ's {@link Settings#getQueryTimeout()}, which jOOQ hands to JDBC's {@link
 * java.sql.Statement#setQueryTimeout(int)} for every statement, so it holds per statement, not per
 * method, and it counts whole seconds. A {@code DSLContext} whose settings already carry a query
 * timeout works the same; this entry point only checks the value first: jOOQ reads {@code 0} as
 * "no timeout" and hands a negative one to the driver, which refuses it at the first statement.
 */
public final class Timeouts {

  private Timeouts() {}

  /**
   * A context like {@code dsl} (same connections, transaction, listeners and other settings) whose
   * every statement is cancelled after {@code timeout}. {@code dsl} itself is left as it is.
   *
   * @param timeout a whole number of seconds, at least one: JDBC timeouts are whole seconds, and
   *     rounding would give a timeout other than the one asked for (half a second would become
   *     none or a whole one)
   * @throws NullPointerException if {@code dsl} or {@code timeout} is {@code null}
   * @throws IllegalArgumentException if {@code timeout} is zero or negative, not whole seconds, or
   *     more than {@link Integer#MAX_VALUE} seconds
   */
  public static DSLContext withQueryTimeout(DSLContext dsl, Duration timeout) {
    requireNonNull(dsl, "dsl must not be null (Timeouts.withQueryTimeout)");
    int seconds = seconds(requireNonNull(timeout, "timeout must not be null (Timeouts.withQueryTimeout)"));
    Settings settings = SettingsTools.clone(dsl.settings()).withQueryTimeout(seconds);
    return dsl.configuration().derive(settings).dsl();
  }

  /**
   * The query timeout of {@code dsl}'s settings, checked when a DAO or loader is built on it: a
   * negative one is an {@link IllegalArgumentException} there rather than the driver's error at
   * the first statement. ({@code 0} or none: no timeout, as jOOQ has it.)
   */
  static void requireValid(DSLContext dsl, String owner) {
    Integer seconds = dsl.settings().getQueryTimeout();
    if (seconds != null && seconds < 0) {
      throw new IllegalArgumentException(
          owner + ": the DSLContext's Settings.queryTimeout is " + seconds + " seconds; give a positive number of"
              + " seconds (Timeouts.withQueryTimeout), or 0 for none");
    }
  }

  private static int seconds(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "timeout must be positive, not " + timeout + " (Timeouts.withQueryTimeout); jOOQ reads 0 as no timeout:"
              + " to have none, use the DSLContext as it is");
    }
    if (timeout.getNano() != 0) {
      throw new IllegalArgumentException(
          "timeout must be a whole number of seconds, not " + timeout + " (Timeouts.withQueryTimeout): JDBC"
              + " query timeouts count whole seconds");
    }
    if (timeout.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "timeout must be at most " + Integer.MAX_VALUE + " seconds, not " + timeout + " (Timeouts.withQueryTimeout)");
    }
    return (int) timeout.getSeconds();
  }
}
