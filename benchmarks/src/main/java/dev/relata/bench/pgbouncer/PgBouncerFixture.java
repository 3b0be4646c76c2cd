package dev.relata.bench.pgbouncer;

import dev.relata.bench.dao.BenchmarkDatabase;
import dev.relata.bench.dao.Seed;
import dev.relata.bench.model.User;
import dev.relata.bench.model.UserDao;
import dev.relata.embedded.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code UserDao} per side, each on a connection of its own to the same seeded rows: through
 * PgBouncer (the URL in {@value #URL_VARIABLE}, transaction pooling, {@code prepareThreshold=0});
 * straight to PostgreSQL with the driver's defaults (server-side prepared statements after five
 * executions); and straight to PostgreSQL with {@code prepareThreshold=0}, as behind PgBouncer.
 */
@State(Scope.Benchmark)
public class PgBouncerFixture {

  /** The variable naming PgBouncer's JDBC URL for the benchmarks' schema. */
  public static final String URL_VARIABLE = "RELATA_PGBOUNCER_URL";

  private Database database;
  private final List<Connection> connections = new ArrayList<>();
  private final List<UserDao> daos = new ArrayList<>();

  /** Every seeded user, by id. */
  public List<User> users;

  /** The user the single-row benchmark reads: one in the middle. */
  public User user;

  /** Connects the three sides, in the order of {@link #SIDES}, and loads the users. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    String bouncer = System.getenv(URL_VARIABLE);
    if (bouncer == null || bouncer.isBlank()) {
      throw new IllegalStateException(
          URL_VARIABLE + " is not set: give PgBouncer's URL for the schema " + BenchmarkDatabase.SCHEMA
              + ", e.g. jdbc:postgresql://127.0.0.1:6432/" + BenchmarkDatabase.SCHEMA + "?prepareThreshold=0"
              + " (docs/production.md, \"PgBouncer\")");
    }
    String url = BenchmarkDatabase.configuredUrl();
    if (url == null) {
      database = Database.open(BenchmarkDatabase.SCHEMA);
      url = database.jdbcUrl();
    }
    Seed.ensure(dsl(BenchmarkDatabase.connect(url)));
    DSLContext throughBouncer = dsl(BenchmarkDatabase.connect(bouncer));
    String landed = throughBouncer.fetchValue(DSL.field("current_schema()", String.class));
    if (!BenchmarkDatabase.SCHEMA.equals(landed)) {
      throw new IllegalStateException(
          bouncer + " lands in schema " + landed + ", not " + BenchmarkDatabase.SCHEMA
              + ": give its database entry connect_query='set search_path = " + BenchmarkDatabase.SCHEMA + "'");
    }
    daos.add(new UserDao(throughBouncer));
    daos.add(new UserDao(dsl(BenchmarkDatabase.connect(url))));
    daos.add(new UserDao(dsl(BenchmarkDatabase.connect(url + "&prepareThreshold=0"))));
    users = daos.get(1).findAll();
    user = users.get(users.size() / 2);
  }

  /** The sides, in turn order: through PgBouncer, direct, direct without server-side prepares. */
  static final String[] SIDES = {"pgbouncer", "direct", "directUnprepared"};

  /** The DAO of side {@code side} (an index into {@link #SIDES}). */
  public UserDao userDao(int side) {
    return daos.get(side);
  }

  private DSLContext dsl(Connection connection) {
    connections.add(connection);
    return DSL.using(connection, SQLDialect.POSTGRES);
  }

  /** Closes the connections and the database, if this opened one. */
  @TearDown(Level.Trial)
  public void close() throws SQLException {
    for (Connection connection : connections) {
      connection.close();
    }
    if (database != null) {
      database.close();
    }
  }
}
