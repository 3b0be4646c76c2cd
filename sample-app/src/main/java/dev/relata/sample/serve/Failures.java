package dev.relata.sample.serve;

import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.NoDataFoundException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What PostgreSQL refused, as a problem: the client's fault where it is (a 400 for a value the
 * database cannot store, a 409 for an integrity rule), a 503 where trying again may succeed.
 */
final class Failures {

  private Failures() {}

  static Problem problem(DataAccessException e) {
    if (e instanceof NoDataFoundException) {
      return Problem.of("missing-reference", "Conflict", 409, e.getMessage());
    }
    String state = String.valueOf(e.sqlState());
    String detail = postgresMessage(e);
    if (state.equals("23502")) {
      return Problem.of("null-value", "Bad request", 400, detail);
    }
    if (state.startsWith("23")) {
      return Problem.of("integrity", "Conflict", 409, detail);
    }
    if (state.startsWith("22")) {
      return Problem.of("unstorable-value", "Bad request", 400, "PostgreSQL cannot store a value: " + detail);
    }
    if (state.startsWith("40") || state.startsWith("08") || state.startsWith("57")) {
      return Problem.of("unavailable", "Service unavailable", 503, "try again: " + detail);
    }
    return Problem.of("database", "Internal server error", 500,
        "the database failed (SQL state " + state + ")");
  }

  /**
   * A 409 for a delete that a foreign key blocks, naming the association that still holds rows:
   * the constraint's table is that of the referencing rows.
   */
  static ProblemException blockedDelete(Resource<?, ?> resource, long id, DataAccessException e) {
    Optional<String> table = server(e).map(ServerErrorMessage::getTable);
    Optional<String> association = table.flatMap(t -> resource.associations().stream()
        .filter(a -> a.target().table().equals(t)).map(Association::name).findFirst());
    if (association.isEmpty()) {
      return new ProblemException(problem(e));
    }
    String name = association.get();
    return ProblemException.conflict("delete-blocked", resource.entityName() + " " + id
        + " still has " + name + " (" + postgresMessage(e) + "); delete or unlink its " + name
        + " first, e.g. PUT /" + resource.path() + "/" + id + "/" + name + " with "
        + (isToMany(resource, name) ? "[]" : "null"));
  }

  private static boolean isToMany(Resource<?, ?> resource, String name) {
    return resource.association(name).map(a -> a instanceof ToMany).orElse(false);
  }

  private static Optional<ServerErrorMessage> server(DataAccessException e) {
    return Optional.ofNullable(e.getCause(PSQLException.class)).map(PSQLException::getServerErrorMessage);
  }

  /** PostgreSQL's own words, with its detail line ({@code Key (id)=(1) already exists.}). */
  private static String postgresMessage(DataAccessException e) {
    Optional<ServerErrorMessage> server = server(e);
    if (server.isPresent()) {
      String message = server.get().getMessage();
      String detail = server.get().getDetail();
      return detail == null ? message : message + ": " + detail;
    }
    Throwable cause = e.getCause(PSQLException.class);
    return cause != null ? cause.getMessage() : e.getMessage();
  }
}
