package dev.relata.bench.dao;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;

/** {@code userDao.getPosts(user)} for a user with ten posts, against the same query by hand. */
// Calls of about 0.1 ms, whose time moves most with the machine's load: shorter turns, more of them.
@Measurement(iterations = 96, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class GetPostsBenchmark extends DatabaseBenchmark {

  public GetPostsBenchmark() {
    super("relata", "jdbc");
  }

  /** The generated DAO, or a PreparedStatement, by turns. */
  @Benchmark
  public Object getPosts(Fixture fixture) throws SQLException {
    return side() == 0 ? fixture.userDao.getPosts(fixture.user) : fixture.jdbc.postsOf(fixture.user);
  }
}
