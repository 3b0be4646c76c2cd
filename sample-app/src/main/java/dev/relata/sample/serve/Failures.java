package dev.relata.sample.serve;

import dev.relata.serving.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.NoDataFoundException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What PostgreSQL refused, as a problem in the API's own words: the client's fault where it is (a
 * 400 for a value the database cannot store, a 409 for an integrity rule), a 503 where trying again
 * may succeed. Tables, columns and constraints are named as the API names them (entities and
 * fields); PostgreSQL's own text, which names them as the database does, goes to the server's log.
 */
final class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** The key in PostgreSQL's detail line: {@code Key (user_id)=(99) is not present in table "users".} */
  private static final Pattern KEY =
      Pattern.compile("Key \\((.+?)\\)=\\((.*)\\) (?:already exists|is not present in table \"(.+)\")\\.");

  private final Map<String, Resource<?, ?>> byTable;

  Failures(List<Resource<?, ?>> resources) {
    this.byTable = resources.stream().collect(Collectors.toUnmodifiableMap(Resource::table, Function.identity()));
  }

  Problem problem(DataAccessException e) {
    Problem problem = translate(e);
    if (problem.status() < 500) {
      LOG.info("answered {} {}: {}", problem.status(), problem.type(), databaseText(e));
    }
    return problem;
  }

  private Problem translate(DataAccessException e) {
    if (e instanceof NoDataFoundException) {
      // The routes check references first; this is a row deleted meanwhile. The runtime's message
      // names the DAO method and the table, so it goes to the log only.
      return Problem.of("missing-reference", "Conflict", 409,
          "a row the request refers to no longer exists; nothing was changed");
    }
    String state = String.valueOf(e.sqlState());
    Optional<ServerErrorMessage> server = server(e);
    String entity = server.map(ServerErrorMessage::getTable).map(byTable::get)
        .map(Resource::entityName).orElse("the row");
    if (state.equals(PSQLState.NOT_NULL_VIOLATION.getState())) {
      String field = server.map(s -> field(s.getTable(), s.getColumn())).orElse("a field");
      return Problem.of("null-value", "Bad request", 400, field + " of " + entity + " must not be null");
    }
    if (state.equals(PSQLState.UNIQUE_VIOLATION.getState())) {
      return Problem.of("integrity", "Conflict", 409, duplicate(server.orElse(null), entity));
    }
    if (state.equals(PSQLState.FOREIGN_KEY_VIOLATION.getState())) {
      return Problem.of("integrity", "Conflict", 409, missingParent(server.orElse(null), entity));
    }
    return switch (Refusal.of(e)) {
      case INTEGRITY -> Problem.of("integrity", "Conflict", 409, "the change breaks a rule the database keeps for "
          + entity + " (SQL state " + state + ")");
      case UNSTORABLE_VALUE -> Problem.of("unstorable-value", "Bad request", 400, "PostgreSQL cannot store a value: "
          + server.map(ServerErrorMessage::getMessage).orElse("SQL state " + state));
      case RETRYABLE -> Problem.of("unavailable", "Service unavailable", 503,
          "the database is unavailable or the request conflicted with another; try again");
      case OTHER -> Problem.of("database", "Internal server error", 500, "the database failed (SQL state " + state + ")");
    };
  }

  /** {@code there is already a User with id 7}. */
  private String duplicate(ServerErrorMessage server, String entity) {
    Matcher key = server == null || server.getDetail() == null ? null : KEY.matcher(server.getDetail());
    if (key == null || !key.matches()) {
      return "there is already such a " + entity;
    }
    List<String> fields = fields(server.getTable(), key.group(1));
    return fields.equals(List.of("\"id\""))
        ? "there is already a " + entity + " with id " + key.group(2)
        : "there is already a " + entity + " with the same " + String.join(" and ", fields);
  }

  /** {@code "userId" of Post: there is no User with id 99}. */
  private String missingParent(ServerErrorMessage server, String entity) {
    Matcher key = server == null || server.getDetail() == null ? null : KEY.matcher(server.getDetail());
    if (key == null || !key.matches() || key.group(3) == null) {
      return "the change would leave " + entity + " rows pointing at a row that does not exist";
    }
    Resource<?, ?> parent = byTable.get(key.group(3));
    return String.join(", ", fields(server.getTable(), key.group(1))) + " of " + entity + ": there is no "
        + (parent == null ? "row" : parent.entityName()) + " with id " + key.group(2);
  }

  /**
   * A 409 for a delete that a foreign key blocks, naming the association that still holds rows:
   * the constraint's table is that of the referencing rows.
   */
  ProblemException blockedDelete(Resource<?, ?> resource, long id, DataAccessException e) {
    Optional<String> table = server(e).map(ServerErrorMessage::getTable);
    Optional<Association<?, ?>> association = table.flatMap(t -> resource.associations().stream()
        .filter(a -> a.targets().stream().anyMatch(target -> target.table().equals(t))).<Association<?, ?>>map(a -> a).findFirst());
    if (association.isEmpty()) {
      return new ProblemException(problem(e));
    }
    LOG.info("answered 409 delete-blocked: {}", databaseText(e));
    return deleteBlocked(resource, id, association.get());
  }

  /** A 409 for a delete of a row that {@code association} still holds rows of, saying how to unlink them. */
  static ProblemException deleteBlocked(Resource<?, ?> resource, long id, Association<?, ?> association) {
    String name = association.name();
    boolean toMany = association instanceof ToMany;
    return new ProblemException(Problem.of("delete-blocked", "Conflict", 409, resource.entityName() + " " + id
        + " still has " + name + "; delete or unlink " + (toMany ? "them" : "it") + " first, e.g. PUT /"
        + resource.path() + "/" + id + "/" + name + " with " + (toMany ? "[]" : "null")));
  }

  /** The JSON fields of {@code columns} ({@code user_id, tag_id}) of the entity stored in {@code table}. */
  private List<String> fields(String table, String columns) {
    return Arrays.stream(columns.split(", ")).map(column -> field(table, column)).toList();
  }

  private String field(String table, String column) {
    if (column == null) {
      return "a field";
    }
    Resource<?, ?> resource = table == null ? null : byTable.get(table);
    return "\"" + (resource == null ? column : resource.field(column)) + "\"";
  }

  private static Optional<ServerErrorMessage> server(DataAccessException e) {
    return Optional.ofNullable(e.getCause(PSQLException.class)).map(PSQLException::getServerErrorMessage);
  }

  /**
   * PostgreSQL's own words with its SQL state, for the server's log, and its detail line where that
   * names a key ({@code Key (id)=(7) already exists.}), never where it holds the whole row ({@code
   * Failing row contains ...}).
   */
  static String databaseText(DataAccessException e) {
    Optional<ServerErrorMessage> server = server(e);
    if (server.isPresent()) {
      String detail = server.get().getDetail();
      boolean key = detail != null && detail.startsWith("Key ");
      return server.get().getMessage() + (key ? ": " + detail : "") + " (SQL state "
          + server.get().getSQLState() + ")";
    }
    Throwable cause = e.getCause(PSQLException.class);
    return cause != null ? cause.getMessage() : e.getMessage();
  }
}
