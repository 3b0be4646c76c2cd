package dev.relata.sample.serve;

import dev.relata.embedded.Database;
import dev.relata.sample.Main;
import dev.relata.sample.blog.RelataSchema;
import dev.relata.serving.Serve;
import java.io.PrintStream;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * {@code serve}: the blog over HTTP on {@code PORT} (default 8080), on the database {@link
 * Database#open} gives, in the schema {@value Main#SCHEMA}, through a HikariCP pool. Runs until the
 * JVM is asked to stop (SIGTERM, Ctrl-C), then stops the server, the pool and the database, in that
 * order ({@link Serve}).
 */
public final class ServeCommand {

  private ServeCommand() {}

  /** Serves until the JVM stops; prints {@code Listening on http://localhost:PORT} when ready. */
  public static void run(Map<String, String> environment, PrintStream out) throws InterruptedException {
    Serve.run(environment, out, Main.SCHEMA, "relata", (pool, port) -> {
      RelataSchema.create(DSL.using(pool, SQLDialect.POSTGRES));
      return BlogServer.start(pool, port);
    });
  }
}
