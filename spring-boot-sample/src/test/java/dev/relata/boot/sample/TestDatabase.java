package dev.relata.boot.sample;

import dev.relata.embedded.Database;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL for every test of the JVM (embedded, or {@code RELATA_JDBC_URL}'s server), and
 * schemas of the tests' own on it, {@code spring_boot_sample...}: never {@code public}.
 */
final class TestDatabase {

  private static final String SCHEMA = "spring_boot_sample";
  private static Database database;

  private TestDatabase() {}

  /** The database, opened on first use and closed when the JVM exits. */
  static synchronized Database get() {
    if (database == null) {
      database = Database.open(SCHEMA);
      Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-database"));
    }
    return database;
  }

  /** {@code spring.datasource.*} for the tests' main schema, with the blog's tables in it. */
  static Map<String, Object> properties() {
    return BlogApplication.datasource(get());
  }

  /**
   * {@code spring.datasource.*} for schema {@code spring_boot_sample_<suffix>}, dropped with
   * everything in it and created empty.
   */
  static Map<String, Object> emptySchema(String suffix) {
    String schema = SCHEMA + "_" + suffix;
    get().dsl().dropSchemaIfExists(schema).cascade().execute();
    get().dsl().createSchema(schema).execute();
    Map<String, Object> properties = new HashMap<>(properties());
    properties.put("spring.datasource.url", url(schema));
    return properties;
  }

  /** A jOOQ context whose connections land in schema {@code spring_boot_sample_<suffix>}. */
  static DSLContext dsl(String suffix) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url(SCHEMA + "_" + suffix));
    dataSource.setUser(System.getenv().getOrDefault("RELATA_JDBC_USER", "postgres"));
    dataSource.setPassword(System.getenv().getOrDefault("RELATA_JDBC_PASSWORD", ""));
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  private static String url(String schema) {
    String url = get().jdbcUrl();
    String current = "currentSchema=" + SCHEMA;
    if (!url.endsWith(current)) {
      throw new IllegalStateException("expected " + url + " to end with " + current);
    }
    return url.substring(0, url.length() - SCHEMA.length()) + schema;
  }
}
