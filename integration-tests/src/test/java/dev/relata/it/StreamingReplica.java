package dev.relata.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL 15 primary and a streaming replica of it, both on loopback, on free ports, in a
 * temporary directory: {@code initdb} the primary, {@code pg_basebackup -R} the replica. Debian's
 * binaries of {@code postgresql-15} run them (the server refuses to run as root: as root, they run
 * as the {@code postgres} OS user). Nothing touches another cluster of the machine. Trust
 * authentication, {@code fsync} off: a throwaway pair for tests, up in about two seconds.
 */
public final class StreamingReplica implements AutoCloseable {


  private final Path directory;
  private final Server primary;
  private final Server replica;
  private final Thread stopOnExit = new Thread(this::stopQuietly, "stop-streaming-replica");

  private StreamingReplica(Path directory, Server primary, Server replica) {
    this.directory = directory;
    this.primary = primary;
    this.replica = replica;
  }

  /**
   * Starts the pair.
   *
   * @throws IllegalStateException if PostgreSQL 15's binaries are missing (saying what to install),
   *     or a step fails (with its output and the server's log)
   */
  public static StreamingReplica start() {
    LocalPostgres.requireBinaries("the read replica tests", "initdb", "pg_ctl", "pg_basebackup", "postgres");
    Path directory = LocalPostgres.temporaryDirectory("relata-replica-");
    Server primary = new Server(directory.resolve("primary"), unusedPort());
    Server replica = new Server(directory.resolve("replica"), unusedPort());
    StreamingReplica pair = new StreamingReplica(directory, primary, replica);
    Runtime.getRuntime().addShutdownHook(pair.stopOnExit);
    try {
      run(directory, "initdb", "-D", primary.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
          "--locale=C", "--no-sync");
      pair.start(primary);
      run(directory, "pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primary.port), "-U", "postgres",
          "-D", replica.data.toString(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
      pair.start(replica);
      return pair;
    } catch (RuntimeException e) {
      pair.close();
      throw e;
    }
  }

  /** The primary's JDBC URL (database {@code postgres}, user {@code postgres}, trust). */
  public String primaryUrl() {
    return primary.url();
  }

  /** The replica's JDBC URL. */
  public String replicaUrl() {
    return replica.url();
  }

  /** A data source of the primary: a new connection each time, as a pool that lost its own would get. */
  public PGSimpleDataSource primaryDataSource() {
    return dataSource(primary);
  }

  /** A data source of the replica. */
  public PGSimpleDataSource replicaDataSource() {
    return dataSource(replica);
  }

  /** Stops the replica at once ({@code pg_ctl stop -m immediate}), as a crash would. */
  public void stopReplica() {
    stop(replica);
  }

  /** Starts the replica again after {@link #stopReplica}. */
  public void startReplica() {
    start(replica);
  }

  /** Stops the primary at once, as a crash would; the replica keeps answering reads. */
  public void stopPrimary() {
    stop(primary);
  }

  /** Starts the primary again after {@link #stopPrimary}; the replica connects to it again. */
  public void startPrimary() {
    start(primary);
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  public void awaitReplay() {
    try (Connection p = DriverManager.getConnection(primary.url());
        Connection r = DriverManager.getConnection(replica.url())) {
      String written = single(p, "select pg_current_wal_lsn()::text");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!"true".equals(single(r, "select (pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn)::text"))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the replica did not replay the primary's WAL up to " + written + " in 10 s");
        }
        Thread.sleep(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not compare the primary's and the replica's WAL positions", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops both servers and deletes their files. */
  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs anyway.
    }
  }

  private void start(Server server) {
    run(directory, "pg_ctl", "-D", server.data.toString(), "-l", server.log().toString(), "-w", "-t", "30", "-o",
        "-p " + server.port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off"
            // The replica tries the primary again every 100 ms, not 5 s, after the primary restarted.
            + " -c wal_retrieve_retry_interval=100ms",
        "start");
  }

  private void stop(Server server) {
    run(directory, "pg_ctl", "-D", server.data.toString(), "-m", "immediate", "-w", "stop");
  }

  private synchronized void stopQuietly() {
    for (Server server : List.of(replica, primary)) {
      if (Files.exists(server.data.resolve("postmaster.pid"))) {
        try {
          stop(server);
        } catch (RuntimeException e) {
          System.err.println("could not stop the test server in " + server.data + ": " + e.getMessage());
        }
      }
    }
    LocalPostgres.delete(directory);
  }

  private static PGSimpleDataSource dataSource(Server server) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(server.url());
    return dataSource;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  private static void run(Path directory, String binary, String... arguments) {
    LocalPostgres.run(directory, binary, arguments);
  }

  /** A port on loopback that nothing listens on (at the time of asking). */
  public static int unusedPort() {
    return LocalPostgres.unusedPort();
  }

  /** One server: its data directory and port. */
  private record Server(Path data, int port) {
    String url() {
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    Path log() {
      return data.resolveSibling(data.getFileName() + ".log");
    }
  }
}
