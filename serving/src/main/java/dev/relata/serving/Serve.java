package dev.relata.serving;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

/**
 * Runs a server until the JVM is asked to stop (SIGTERM, Ctrl-C): on the database {@link
 * Database#open} gives (embedded PostgreSQL, or {@code RELATA_JDBC_URL}) in a schema of the
 * program's own, through a HikariCP pool, on {@code PORT} (default 8080). It prints {@code Listening
 * on http://localhost:PORT} when ready, and {@code Stopping}, {@code Stopped} on its way out, having
 * stopped the server, the pool and the database, in that order.
 */
public final class Serve {

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  private static final int POOL_SIZE = 10;

  /** A running server: its port, and {@link #close()} to stop it. */
  public interface Server extends AutoCloseable {

    /** The port it listens on (the one given, or the one chosen for port 0). */
    int port();

    @Override
    void close();
  }

  /** Starts a server on a pool of the database's connections and a port (creating its tables first). */
  @FunctionalInterface
  public interface Starter {

    /** The started server. */
    Server start(DataSource pool, int port);
  }

  private Serve() {}

  /**
   * Serves until the JVM stops.
   *
   * @param environment where {@code PORT} is read
   * @param out where the lines above are printed
   * @param schema the program's schema (see {@link Database#open(String)})
   * @param name the pool's name and the shutdown thread's
   * @param starter what is served
   * @throws IllegalArgumentException if {@code PORT} is no port number
   */
  public static void run(Map<String, String> environment, PrintStream out, String schema, String name, Starter starter)
      throws InterruptedException {
    int port = port(environment.get("PORT"));
    Database database = Database.open(schema);
    HikariDataSource pool = pool(database, name);
    Server server;
    try {
      server = starter.start(pool, port);
    } catch (RuntimeException e) {
      // A port already taken, say: the embedded database must not outlive the failed start.
      try (database; pool) {
        throw e;
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // Reverse order of opening: no request is left holding a pooled connection.
      try (database; pool; server) {
        out.println("Stopping");
      } finally {
        out.println("Stopped");
        stopped.countDown();
      }
    }, name + "-shutdown"));
    out.println("Listening on http://localhost:" + server.port());
    out.flush();
    stopped.await();
  }

  /**
   * The port {@code value} names: {@value #DEFAULT_PORT} when it is {@code null} or blank, {@code 0}
   * for any free port.
   *
   * @throws IllegalArgumentException if it is no port number
   */
  public static int port(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException("PORT must be a port number from 0 to 65535, got \"" + value + "\"");
  }

  /**
   * The process's standard output itself, for the lines above: not {@code System.out}, which a
   * launcher may have wrapped (Maven's {@code exec:java} does). On SIGTERM every shutdown hook runs
   * at once; Maven's restores its console while ours prints, and a line printed through the wrapper
   * came out cut ({@code S} for {@code Stopping}). Each line here is one write.
   */
  public static PrintStream console() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }

  /** A pool of {@code database}'s connections, which search its schema only, named {@code name}. */
  public static HikariDataSource pool(Database database, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setPoolName(name);
    config.setMaximumPoolSize(POOL_SIZE);
    return new HikariDataSource(config);
  }
}
