package dev.relata.serving;

import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.postgresql.util.PSQLState;

/**
 * What PostgreSQL's refusal of a statement means for the request that sent it, read from its SQL
 * state: the client's fault, worth another try, or the server's failure.
 */
public enum Refusal {
  /** Class 23: the change breaks a rule the database keeps (a duplicate, a missing parent, a null). */
  INTEGRITY,
  /** Class 22: a value the database cannot store. */
  UNSTORABLE_VALUE,
  /** A serialization failure or deadlock, a lost connection, a server shutting down: another try may work. */
  RETRYABLE,
  /** Anything else: the server failed. */
  OTHER;

  /** Class 57, operator intervention ({@code 57P01}, the server shutting down): jOOQ's {@code SQLStateClass} has none. */
  private static final String OPERATOR_INTERVENTION = "57";

  /** What {@code e} means. */
  public static Refusal of(DataAccessException e) {
    SQLStateClass stateClass = e.sqlStateClass();
    return switch (stateClass) {
      case C23_INTEGRITY_CONSTRAINT_VIOLATION -> INTEGRITY;
      case C22_DATA_EXCEPTION -> UNSTORABLE_VALUE;
      case C40_TRANSACTION_ROLLBACK, C08_CONNECTION_EXCEPTION -> RETRYABLE;
      default -> String.valueOf(e.sqlState()).startsWith(OPERATOR_INTERVENTION) ? RETRYABLE : OTHER;
    };
  }

  /** Whether {@code e} refused a second row with the value of a unique key. */
  public static boolean isUniqueViolation(DataAccessException e) {
    // SQL state 23505; jOOQ names no subclass of class 23, the driver names each state.
    return PSQLState.UNIQUE_VIOLATION.getState().equals(e.sqlState());
  }
}
