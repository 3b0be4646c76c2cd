package dev.relata.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL to run on: the server that {@code RELATA_JDBC_URL} names (with {@code
 * RELATA_JDBC_USER} and {@code RELATA_JDBC_PASSWORD}, default {@code postgres} and none), or else
 * an embedded one (real PostgreSQL binaries from a jar), started here and stopped by {@link
 * #close()}. A fresh machine needs nothing installed.
 */
public final class Database implements AutoCloseable {

  /** The variable naming a server to use instead of an embedded one. */
  public static final String URL_VARIABLE = "RELATA_JDBC_URL";

  private final DataSource dataSource;
  private final EmbeddedPostgres embedded;
  private final String description;

  private Database(DataSource dataSource, EmbeddedPostgres embedded, String description) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.description = description;
  }

  /** Connects to {@code RELATA_JDBC_URL} if it is set, else starts an embedded PostgreSQL. */
  public static Database open() {
    return open(System.getenv());
  }

  static Database open(Map<String, String> environment) {
    String url = environment.get(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(url);
      server.setUser(environment.getOrDefault("RELATA_JDBC_USER", "postgres"));
      String password = environment.get("RELATA_JDBC_PASSWORD");
      if (password != null) {
        server.setPassword(password);
      }
      return new Database(server, null, "PostgreSQL at " + url);
    }
    try {
      EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
      return new Database(
          embedded.getPostgresDatabase(), embedded, "embedded PostgreSQL on port " + embedded.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL; set " + URL_VARIABLE + " to use a server instead", e);
    }
  }

  /** Where connections go (not pooled: wrap it in a pool for concurrent use). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A jOOQ context on {@link #dataSource()}, PostgreSQL dialect. */
  public DSLContext dsl() {
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  /** The JDBC URL connections go to. */
  public String jdbcUrl() {
    return embedded != null ? embedded.getJdbcUrl("postgres", "postgres") : ((PGSimpleDataSource) dataSource).getUrl();
  }

  /** Whether this is an embedded server, started by {@link #open()}. */
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
