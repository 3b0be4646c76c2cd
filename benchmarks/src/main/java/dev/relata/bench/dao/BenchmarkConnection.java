package dev.relata.bench.dao;

import dev.relata.embedded.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One connection to the benchmark database, and the embedded server it opened where the runner
 * handed down no URL ({@link BenchmarkDatabase#configuredUrl}): what a fixture opens at the start
 * of its trial and closes at the end.
 */
public final class BenchmarkConnection implements AutoCloseable {

  /** The database opened here, or {@code null} where the runner's URL was used. */
  private final Database embedded;
  private final Connection connection;
  private final DSLContext dsl;

  private BenchmarkConnection(Database embedded, Connection connection) {
    this.embedded = embedded;
    this.connection = connection;
    this.dsl = DSL.using(connection, SQLDialect.POSTGRES);
  }

  /**
   * Connects to the runner's URL, or opens the database in {@link BenchmarkDatabase#SCHEMA} first;
   * then has {@code seed} write the fixture's rows where they are not in place.
   */
  public static BenchmarkConnection open(Consumer<DSLContext> seed) throws SQLException {
    String url = BenchmarkDatabase.configuredUrl();
    Database embedded = url == null ? Database.open(BenchmarkDatabase.SCHEMA) : null;
    BenchmarkConnection opened =
        new BenchmarkConnection(embedded, BenchmarkDatabase.connect(url == null ? embedded.jdbcUrl() : url));
    seed.accept(opened.dsl);
    return opened;
  }

  /** The connection, see {@link BenchmarkDatabase#connect}. */
  public Connection connection() {
    return connection;
  }

  /** jOOQ on the connection, for the DAOs and loaders. */
  public DSLContext dsl() {
    return dsl;
  }

  /** Closes the connection, then the database where it was opened here. */
  @Override
  public void close() throws SQLException {
    connection.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
