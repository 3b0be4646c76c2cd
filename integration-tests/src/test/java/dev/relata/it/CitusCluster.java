package dev.relata.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A Citus cluster on loopback: a coordinator and two workers, each a PostgreSQL 15 server on a
 * free port in a temporary directory ({@code initdb}, {@code shared_preload_libraries = citus},
 * {@code wal_level = logical} for online moves, {@code create extension citus}), the workers
 * added to the coordinator, and schema-based sharding on: each schema created on the coordinator
 * is a distributed schema, its tables together on one worker. Trust authentication, {@code
 * fsync} off: a throwaway cluster for tests, up in a few seconds. Run as {@link StreamingReplica}
 * runs its servers ({@link LocalPostgres}).
 *
 * <p>Citus is not among Debian's packages: it must be built into PostgreSQL 15 first, as {@code
 * .ci/run} does ({@code docs/scale-out.md} has the commands).
 */
public final class CitusCluster implements AutoCloseable {

  /** What {@code make install} of Citus puts into PostgreSQL 15's library folder. */
  static final Path CITUS_LIBRARY = Path.of("/usr/lib/postgresql/15/lib/citus.so");

  /** A worker, as {@code pg_dist_node} and {@code citus_schema_move} name it. */
  public record Node(String host, int port) {
    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  private final Path directory;
  private final Server coordinator;
  private final List<Server> workers;
  private final Thread stopOnExit = new Thread(this::stopQuietly, "stop-citus-cluster");

  private CitusCluster(Path directory, Server coordinator, List<Server> workers) {
    this.directory = directory;
    this.coordinator = coordinator;
    this.workers = workers;
  }

  /**
   * Starts the three servers and joins them.
   *
   * @throws IllegalStateException where Citus or PostgreSQL 15 is not installed (saying what to
   *     do), or a step fails (with its output and the servers' logs)
   */
  public static CitusCluster start() {
    LocalPostgres.requireBinaries("the Citus tests", "initdb", "pg_ctl", "postgres");
    if (!Files.exists(CITUS_LIBRARY)) {
      throw new IllegalStateException(
          CITUS_LIBRARY + " is missing: the Citus tests need Citus built into PostgreSQL 15 (./configure"
              + " PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config && make && make install, as root; .ci/run builds it"
              + " from ../shared/citus, docs/scale-out.md has the steps)");
    }
    Path directory = LocalPostgres.temporaryDirectory("relata-citus-");
    Server coordinator = new Server(directory.resolve("coordinator"), LocalPostgres.unusedPort());
    List<Server> workers = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      workers.add(new Server(directory.resolve("worker" + i), LocalPostgres.unusedPort()));
    }
    CitusCluster cluster = new CitusCluster(directory, coordinator, workers);
    Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
    try {
      for (Server server : cluster.servers()) {
        LocalPostgres.run(directory, "initdb", "-D", server.data.toString(), "-U", "postgres", "-A", "trust", "-E",
            "UTF8", "--locale=C", "--no-sync");
        cluster.start(server);
        execute(server, "create extension citus");
      }
      execute(coordinator, "select citus_set_coordinator_host('127.0.0.1', " + coordinator.port + ")");
      for (Server worker : workers) {
        execute(coordinator, "select citus_add_node('127.0.0.1', " + worker.port + ")");
      }
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The coordinator's JDBC URL (database {@code postgres}, user {@code postgres}, trust). */
  public String coordinatorUrl() {
    return coordinator.url();
  }

  /** A data source of the coordinator: a new connection each time. */
  public PGSimpleDataSource coordinatorDataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(coordinator.url());
    return dataSource;
  }

  /** A jOOQ context on the coordinator. */
  public DSLContext coordinator() {
    return DSL.using(coordinatorDataSource(), SQLDialect.POSTGRES);
  }

  /** The two workers. */
  public List<Node> workers() {
    return workers.stream().map(Server::node).toList();
  }

  /**
   * The worker that holds the tables of distributed schema {@code schema}, from {@code
   * citus_shards}.
   *
   * @throws IllegalStateException where it has no tables, or they are on more than one node
   */
  public Node placement(String schema) {
    String sql = "select distinct nodename, nodeport from citus_shards where table_name::text like ? || '.%'";
    List<Node> found = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(coordinator.url());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(new Node(rows.getString(1), rows.getInt(2)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read citus_shards", e);
    }
    if (found.size() != 1) {
      throw new IllegalStateException("the tables of schema " + schema + " are on " + found + ", not on one node");
    }
    return found.get(0);
  }

  /** The worker that is not {@code node}. */
  public Node otherWorker(Node node) {
    return workers().stream().filter(worker -> !worker.equals(node)).findFirst().orElseThrow();
  }

  /** Stops the three servers and deletes their files. */
  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs anyway.
    }
  }

  private List<Server> servers() {
    List<Server> servers = new ArrayList<>(List.of(coordinator));
    servers.addAll(workers);
    return servers;
  }

  private void start(Server server) {
    LocalPostgres.run(directory, "pg_ctl", "-D", server.data.toString(), "-l", server.log().toString(), "-w", "-t", "60",
        "-o", "-p " + server.port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off"
            + " -c shared_preload_libraries=citus -c wal_level=logical -c citus.enable_schema_based_sharding=on",
        "start");
  }

  private synchronized void stopQuietly() {
    for (Server server : servers()) {
      if (Files.exists(server.data.resolve("postmaster.pid"))) {
        try {
          LocalPostgres.run(directory, "pg_ctl", "-D", server.data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
          System.err.println("could not stop the test server in " + server.data + ": " + e.getMessage());
        }
      }
    }
    LocalPostgres.delete(directory);
  }

  private static void execute(Server server, String sql) {
    try (Connection connection = DriverManager.getConnection(server.url());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("on " + server.data.getFileName() + ": " + sql + ": " + e.getMessage(), e);
    }
  }

  /** One server: its data directory and port. */
  private record Server(Path data, int port) {
    String url() {
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    Path log() {
      return data.resolveSibling(data.getFileName() + ".log");
    }

    Node node() {
      return new Node("127.0.0.1", port);
    }
  }
}
