package dev.relata.sample.serve;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import dev.relata.sample.Main;
import dev.relata.sample.blog.RelataSchema;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * {@code serve}: the blog over HTTP on {@code PORT} (default 8080), on the database {@link
 * Database#open} gives, in the schema {@value Main#SCHEMA}, through a HikariCP pool. Runs until the JVM is asked to stop (SIGTERM,
 * Ctrl-C), then stops the server, the pool and the database, in that order.
 */
public final class ServeCommand {

  private ServeCommand() {}

  /** Serves until the JVM stops; prints {@code Listening on http://localhost:PORT} when ready. */
  public static void run(Map<String, String> environment, PrintStream out) throws InterruptedException {
    int port = port(environment.get("PORT"));
    Database database = Database.open(Main.SCHEMA);
    HikariDataSource pool = pool(database);
    BlogServer server;
    try {
      RelataSchema.create(DSL.using(pool, SQLDialect.POSTGRES));
      server = BlogServer.start(pool, port);
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
    }, "serve-shutdown"));
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

  private static HikariDataSource pool(Database database) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setPoolName("relata");
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }
}
