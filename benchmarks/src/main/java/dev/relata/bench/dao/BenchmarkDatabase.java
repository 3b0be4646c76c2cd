package dev.relata.bench.dao;

import dev.relata.embedded.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the benchmarks connect: the URL in system property {@value #URL_PROPERTY} (which the
 * benchmark runner sets for its forks, so that they share the one embedded server it started),
 * else {@code RELATA_JDBC_URL}, else nowhere yet (the caller starts an embedded server).
 */
public final class BenchmarkDatabase {

  /** The system property naming the JDBC URL of the benchmark database. */
  public static final String URL_PROPERTY = "relata.bench.url";

  private BenchmarkDatabase() {}

  /** The configured URL, or {@code null} when an embedded server has to be started. */
  public static String configuredUrl() {
    String url = System.getProperty(URL_PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(Database.URL_VARIABLE);
    }
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
