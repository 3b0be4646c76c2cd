package dev.relata.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * An embedded PostgreSQL for a program of one's own to try Relata on, with nothing installed:
 * starts one on {@code PGPORT} (default {@value #DEFAULT_PORT}), prints the JDBC URL to give the
 * program, and runs until the JVM is asked to stop (Ctrl-C, SIGTERM), which stops the server and
 * drops its data. {@code mvn -q -B -pl embedded-database compile exec:java@postgres}.
 */
public final class EmbeddedServer {

  /** Next to PostgreSQL's own 5432, which an installed server may hold. */
  static final int DEFAULT_PORT = 5433;

  private EmbeddedServer() {}

  /** Starts the server, prints its URL, and waits until the JVM is asked to stop. */
  public static void main(String[] args) throws InterruptedException {
    run(System.getenv(), System.out);
  }

  static void run(Map<String, String> environment, PrintStream out) throws InterruptedException {
    int port = port(environment.getOrDefault("PGPORT", String.valueOf(DEFAULT_PORT)));
    EmbeddedPostgres postgres = start(port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, out, stopped), "stop-postgres"));
    out.println("JDBC_URL=" + postgres.getJdbcUrl("postgres", "postgres"));
    out.println("PostgreSQL is running; Ctrl-C stops it.");
    out.flush();
    stopped.await();
  }

  private static int port(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PGPORT must be a port number, not \"" + value + "\"", e);
    }
  }

  private static EmbeddedPostgres start(int port) {
    try {
      return EmbeddedPostgres.builder().setPort(port).start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start PostgreSQL on port " + port + " (taken? set PGPORT to another)", e);
    }
  }

  private static void stop(EmbeddedPostgres postgres, PrintStream out, CountDownLatch stopped) {
    try {
      postgres.close();
      out.println("Stopped");
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    } finally {
      stopped.countDown();
    }
  }
}
