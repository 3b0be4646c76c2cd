package dev.relata.it.drift;

import dev.relata.it.SharedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A schema of one test's own on the shared test database, empty at first and dropped with all
 * it holds on {@link #close()}, and a jOOQ context on a connection whose current schema it is
 * ({@code search_path}, set by pgjdbc's {@link Connection#setSchema}).
 */
public final class OwnSchema implements AutoCloseable {

  /**
   * The JUnit tag of the tests that use one: they set a session's {@code search_path}, which a
   * pooler in transaction mode (PgBouncer) neither keeps for their next statement nor keeps from
   * the next client of that server connection, so the run through PgBouncer leaves them out.
   */
  public static final String TAG = "sets-search-path";

  private final String name;
  private final Connection connection;
  private final DSLContext dsl;

  private OwnSchema(String name, Connection connection) {
    this.name = name;
    this.connection = connection;
    this.dsl = DSL.using(connection, SQLDialect.POSTGRES);
  }

  /**
   * Creates schema {@code relata_it_<suffix>}, after dropping what an interrupted run of the
   * same test may have left under that name.
   */
  public static OwnSchema create(String suffix) throws SQLException {
    String name = "relata_it_" + suffix;
    Connection connection = SharedDatabase.get().dataSource().getConnection();
    try {
      DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
      dsl.dropSchemaIfExists(name).cascade().execute();
      dsl.createSchema(name).execute();
      connection.setSchema(name);
      return new OwnSchema(name, connection);
    } catch (RuntimeException | SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** The schema's name. */
  public String name() {
    return name;
  }

  /** A context whose statements run in this schema. */
  public DSLContext dsl() {
    return dsl;
  }

  /** Runs {@code statements}, one by one: a test's changes by hand, or a list of statements to apply. */
  public void execute(Iterable<String> statements) {
    statements.forEach(dsl::execute);
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    try {
      dsl.dropSchemaIfExists(name).cascade().execute();
    } finally {
      connection.close();
    }
  }
}
