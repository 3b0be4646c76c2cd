package dev.relata.realworld;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import dev.relata.serving.Serve;
import java.io.PrintStream;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Serves the Conduit API on {@code PORT} (default 8080) over the database {@link Database#open}
 * gives (embedded PostgreSQL, or {@code RELATA_JDBC_URL}), in the schema {@value
 * ConduitSchema#NAME}, through a HikariCP pool. {@code JWT_SECRET} signs tokens (default: a random
 * key per start). Runs until the JVM is asked to stop (SIGTERM, Ctrl-C), then stops the server,
 * the pool and the database, in that order ({@link Serve}).
 */
public final class Main {

  private static final int BCRYPT_STRENGTH = 10;

  /** The pool's name, and the shutdown thread's. */
  private static final String NAME = "conduit";

  private Main() {}

  /** Serves until the JVM is asked to stop; {@code args} are not used. */
  public static void main(String[] args) throws InterruptedException {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    run(System.getenv(), Serve.console());
  }

  /** Serves until the JVM stops; prints {@code Listening on http://localhost:PORT} when ready. */
  static void run(Map<String, String> environment, PrintStream out) throws InterruptedException {
    Serve.run(environment, out, ConduitSchema.NAME, NAME, (pool, port) -> {
      ConduitSchema.create(DSL.using(pool, SQLDialect.POSTGRES));
      return ConduitServer.start(pool, port, environment.get("JWT_SECRET"), BCRYPT_STRENGTH);
    });
  }

  /** A pool of {@code database}'s connections, as the server has. */
  static HikariDataSource pool(Database database) {
    return Serve.pool(database, NAME);
  }
}
