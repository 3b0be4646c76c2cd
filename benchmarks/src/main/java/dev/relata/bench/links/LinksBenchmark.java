package dev.relata.bench.links;

import dev.relata.bench.dao.BenchmarkConnection;
import dev.relata.bench.dao.DatabaseBenchmark;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The projects of 1,000 members with their memberships, 5,000 links, by turns: the generated
 * {@code getProjectLinks(members)} (one statement) and the same statement by hand with JDBC
 * ({@link LinksJdbc}), on one connection; and the same for their stars, a through record without
 * a date. Both are read straight from the result set ({@code Instant} as the driver's {@code
 * OffsetDateTime}): the pair without a date shows what the {@code Instant} costs.
 */
// Calls of several ms: a longer warm-up, as for the other batch reads, so that the JIT has compiled
// jOOQ's path before the measurement.
@Warmup(iterations = 12, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
public class LinksBenchmark extends DatabaseBenchmark {

  public LinksBenchmark() {
    super("relataBatch", "jdbc", "relataStars", "jdbcStars");
  }

  @Benchmark
  public Object linksOfAll(Fixture fixture) throws SQLException {
    return switch (side()) {
      case 0 -> fixture.members.getProjectLinks(fixture.all);
      case 1 -> fixture.jdbc.linksOf(fixture.all);
      case 2 -> fixture.members.getStarredProjectLinks(fixture.all);
      default -> fixture.jdbc.starsOf(fixture.all);
    };
  }

  /** The connection, the DAO on it, the baseline and the members. */
  @State(Scope.Benchmark)
  public static class Fixture {

    private BenchmarkConnection database;
    MemberDao members;
    LinksJdbc jdbc;
    List<Member> all;

    @Setup(Level.Trial)
    public void open() throws SQLException {
      database = BenchmarkConnection.open(LinksSeed::ensure);
      Connection connection = database.connection();
      DSLContext dsl = database.dsl();
      members = new MemberDao(dsl);
      jdbc = new LinksJdbc(connection);
      all = members.findAll();
      if (!members.getProjectLinks(all).equals(jdbc.linksOf(all))
          || !members.getStarredProjectLinks(all).equals(jdbc.starsOf(all))) {
        throw new IllegalStateException("the two sides read different links");
      }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      database.close();
    }
  }
}
