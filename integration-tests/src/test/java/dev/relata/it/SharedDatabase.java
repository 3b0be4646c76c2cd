package dev.relata.it;

import dev.relata.embedded.Database;
import org.jooq.DSLContext;

/**
 * One PostgreSQL for the whole test run (starting an embedded server takes seconds): embedded by
 * default, the server {@code RELATA_JDBC_URL} names otherwise, in the schema {@value #SCHEMA}
 * there, where the tests drop and create their tables. Stopped when the JVM exits.
 */
public final class SharedDatabase {

  /** The schema of the integration tests. */
  public static final String SCHEMA = "relata_it";

  private static Database database;

  private SharedDatabase() {}

  /** The database, started on first use. */
  public static synchronized Database get() {
    if (database == null) {
      database = Database.open(SCHEMA);
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-database"));
    }
    return database;
  }

  /** A jOOQ context on it. */
  public static DSLContext dsl() {
    return get().dsl();
  }
}
