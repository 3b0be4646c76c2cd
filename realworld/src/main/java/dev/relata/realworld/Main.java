package dev.relata.realworld;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Serves the Conduit API on {@code PORT} (default 8080) over the database {@link Database#open}
 * gives (embedded PostgreSQL, or {@code RELATA_JDBC_URL}), in the schema {@value
 * ConduitSchema#NAME}, through a HikariCP pool. {@code JWT_SECRET} signs tokens (default: a random
 * key per start). Runs until the JVM is asked to stop (SIGTERM, Ctrl-C), then stops the server,
 * the pool and the database, in that order.
 */
public final class Main {

  private static final int BCRYPT_STRENGTH = 10;

  private Main() {}

  /** Serves until the JVM is asked to stop; {@code args} are not used. */
  public static void main(String[] args) throws InterruptedException {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    run(System.getenv(), System.out);
  }

  /** Serves until the JVM stops; prints {@code Listening on http://localhost:PORT} when ready. */
  static void run(Map<String, String> environment, PrintStream out) throws InterruptedException {
    int port = port(environment.get("PORT"));
    Database database = Database.open(ConduitSchema.NAME);
    HikariDataSource pool = pool(database);
    ConduitServer server;
    try {
      ConduitSchema.create(DSL.using(pool, SQLDialect.POSTGRES));
      server = ConduitServer.start(pool, port, environment.get("JWT_SECRET"), BCRYPT_STRENGTH);
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
    }, "conduit-shutdown"));
    out.println("Listening on http://localhost:" + server.port());
    out.flush();
    stopped.await();
  }

  static int port(String value) {
    if (value == null || value.isBlank()) {
      return 8080;
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

  /** A pool of {@code database}'s connections, which search its schema only. */
  static HikariDataSource pool(Database database) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setPoolName("conduit");
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }
}
