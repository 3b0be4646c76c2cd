package dev.relata.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL to run on, in a schema of the program's own: the server that {@code
 * RELATA_JDBC_URL} names (with {@code RELATA_JDBC_USER} and {@code RELATA_JDBC_PASSWORD}, default
 * {@code postgres} and none), or else an embedded one (real PostgreSQL binaries from a jar),
 * started here and stopped by {@link #close()}. A fresh machine needs nothing installed.
 *
 * <p>Every connection's {@code search_path} is the program's schema and nothing else (pgjdbc's
 * {@code currentSchema}), created if missing. Relata's generated tables and statements name no
 * schema, so {@code RelataSchema.create}, {@code RelataSchema.drop} and every DAO statement stay
 * in it: a user's own {@code public.users} beside it is never read, dropped or rewritten.
 *
 * <p>PostgreSQL's error details, which quote row values, are left out of exceptions (pgjdbc's
 * {@code logServerErrorDetail=false}) unless the URL sets {@code logServerErrorDetail} itself.
 */
public final class Database implements AutoCloseable {

  /** The variable naming a server to use instead of an embedded one. */
  public static final String URL_VARIABLE = "RELATA_JDBC_URL";

  /**
   * Lower case, so that the name means the same quoted or not (pgjdbc passes {@code
   * currentSchema} to {@code search_path} unquoted); at most PostgreSQL's 63 bytes.
   */
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /**
   * pgjdbc's switch for the detail line of PostgreSQL's errors, which quotes row values ({@code Key
   * (email)=(ann@example.org) already exists}, {@code Failing row contains (...)}): off, so that
   * they stay out of exception messages and logs, unless the URL says otherwise.
   */
  static final String ERROR_DETAIL = "logServerErrorDetail";

  private final PGSimpleDataSource dataSource;
  private final EmbeddedPostgres embedded;
  private final String schema;
  private final String jdbcUrl;
  private final String description;

  private Database(PGSimpleDataSource dataSource, EmbeddedPostgres embedded, String schema, String url) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.schema = schema;
    this.jdbcUrl = withParameter(withoutErrorDetail(url), "currentSchema=" + schema);
    this.description = (embedded != null ? "embedded PostgreSQL on port " + embedded.getPort() : "PostgreSQL at " + url)
        + ", schema " + schema;
  }

  /**
   * Connects to {@code RELATA_JDBC_URL} if it is set, else starts an embedded PostgreSQL; either
   * way, in {@code schema}, created if missing.
   *
   * @param schema the program's own schema: lower-case letters, digits and {@code _}, never
   *     {@code public} or a {@code pg_} schema
   * @throws IllegalArgumentException for another name
   */
  public static Database open(String schema) {
    return open(System.getenv(), schema);
  }

  /**
   * Starts an embedded PostgreSQL whatever {@code RELATA_JDBC_URL} says: for a test that needs a
   * server of its own (to write beside the schema, in {@code public}, say).
   */
  public static Database openEmbedded(String schema) {
    return open(Map.of(), schema);
  }

  static Database open(Map<String, String> environment, String schema) {
    checkSchemaName(schema);
    String url = environment.get(URL_VARIABLE);
    Database database;
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(withoutErrorDetail(url));
      server.setUser(environment.getOrDefault("RELATA_JDBC_USER", "postgres"));
      String password = environment.get("RELATA_JDBC_PASSWORD");
      if (password != null) {
        server.setPassword(password);
      }
      database = new Database(server, null, schema, url);
    } else {
      EmbeddedPostgres embedded = start();
      PGSimpleDataSource local = new PGSimpleDataSource();
      String localUrl = embedded.getJdbcUrl("postgres", "postgres");
      local.setUrl(withoutErrorDetail(localUrl));
      database = new Database(local, embedded, schema, localUrl);
    }
    try {
      return database.inSchema();
    } catch (RuntimeException e) {
      // The embedded server must not outlive a failed open.
      try {
        database.close();
      } catch (RuntimeException stopping) {
        e.addSuppressed(stopping);
      }
      throw e;
    }
  }

  /** {@code url} with {@value #ERROR_DETAIL}{@code =false}, unless it sets that parameter itself. */
  static String withoutErrorDetail(String url) {
    return url.contains(ERROR_DETAIL + "=") ? url : withParameter(url, ERROR_DETAIL + "=false");
  }

  private static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private static void checkSchemaName(String schema) {
    Objects.requireNonNull(schema, "schema must not be null");
    if (!SCHEMA_NAME.matcher(schema).matches() || schema.equals("public") || schema.startsWith("pg_")) {
      throw new IllegalArgumentException(
          "schema must be a name of the program's own, lower-case letters, digits and _,"
              + " not public or pg_...: \"" + schema + "\"");
    }
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL; set " + URL_VARIABLE + " to use a server instead", e);
    }
  }

  /**
   * Creates the schema and points every later connection at it: pgjdbc sends {@code
   * currentSchema} as the {@code search_path} startup parameter, which PostgreSQL applies over
   * the role's and the database's settings and over {@code options=-c search_path=...}.
   */
  private Database inSchema() {
    DSL.using(dataSource, SQLDialect.POSTGRES).createSchemaIfNotExists(schema).execute();
    dataSource.setCurrentSchema(schema);
    requireLandingInSchema();
    return this;
  }

  /**
   * Checks that a connection's first schema is the program's: something between the program and
   * the server may drop the {@code search_path} startup parameter (PgBouncer does with {@code
   * ignore_startup_parameters = search_path}), and then the statements would go to {@code public}.
   */
  private void requireLandingInSchema() {
    String landed = DSL.using(dataSource, SQLDialect.POSTGRES).fetchValue(DSL.field("current_schema()", String.class));
    if (!schema.equals(landed)) {
      throw new IllegalStateException(
          "connections to " + description + " land in schema " + landed + ", not in " + schema + ": the"
              + " search_path (pgjdbc's currentSchema) was not applied; behind PgBouncer, set it for the"
              + " database entry (connect_query)");
    }
  }

  /** Where connections go, every one in {@link #schema()} (not pooled: wrap it in a pool for concurrent use). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A jOOQ context on {@link #dataSource()}, PostgreSQL dialect. */
  public DSLContext dsl() {
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  /** The program's schema, the only one on every connection's {@code search_path}. */
  public String schema() {
    return schema;
  }

  /**
   * A JDBC URL whose connections land in {@link #schema()} too (with {@code currentSchema}); it
   * holds no password: pass {@code RELATA_JDBC_PASSWORD} separately.
   */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Whether this is an embedded server, started by {@link #open(String)}. */
  public boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public String toString() {
    return description;
  }

  /** Stops the embedded server, if this started one. */
  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
      }
    }
  }
}
