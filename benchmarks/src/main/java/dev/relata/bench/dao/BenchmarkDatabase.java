package dev.relata.bench.dao;

import dev.relata.embedded.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the benchmarks connect: the URL in system property {@value #URL_PROPERTY}, which the
 * benchmark runner sets for its forks to the {@link Database} it opened (the one embedded server
 * it started, or {@code RELATA_JDBC_URL}'s), in the schema {@value #SCHEMA}; else nowhere yet
 * (the caller opens the database).
 */
public final class BenchmarkDatabase {

  /** The system property naming the JDBC URL of the benchmark database. */
  public static final String URL_PROPERTY = "relata.bench.url";

  /** The benchmarks' schema, where they drop and create their tables. */
  public static final String SCHEMA = "relata_bench";

  private BenchmarkDatabase() {}

  /** The URL the runner handed down, or {@code null} when the caller has to open the database. */
  public static String configuredUrl() {
    String url = System.getProperty(URL_PROPERTY);
    return url == null || url.isBlank() ? null : url;
  }

  /**
   * One connection, used by both sides of every pair. {@code reWriteBatchedInserts} is on so the
   * JDBC batch insert gets the driver's best path; it changes nothing for single statements.
   */
  public static Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", System.getenv().getOrDefault("RELATA_JDBC_USER", "postgres"));
    String password = System.getenv("RELATA_JDBC_PASSWORD");
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("reWriteBatchedInserts", "true");
    return DriverManager.getConnection(url, properties);
  }
}
