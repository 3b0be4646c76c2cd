package dev.relata.sample;

import dev.relata.embedded.Database;

/**
 * One PostgreSQL for the sample app's tests (starting an embedded server takes seconds): embedded
 * by default, the server {@code RELATA_JDBC_URL} names otherwise, in the schema {@value #SCHEMA}
 * there, apart from the app's own {@value Main#SCHEMA}, since the tests drop and create the
 * tables. Stopped when the JVM exits.
 */
public final class TestDatabase {

  /** The schema of the sample app's tests. */
  public static final String SCHEMA = "relata_sample_test";

  private static Database database;

  private TestDatabase() {}

  /** The database, started on first use. */
  public static synchronized Database get() {
    if (database == null) {
      database = Database.open(SCHEMA);
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-database"));
    }
    return database;
  }
}
