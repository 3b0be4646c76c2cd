package dev.relata.bench.dao;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The user of each of 10,000 posts, by turns: the batch {@code postDao.getUser(posts)} (one
 * {@code id = any(?)} over the distinct user ids) against the same by hand.
 */
public class GetUserBenchmark extends DatabaseBenchmark {

  public GetUserBenchmark() {
    super("relataBatch", "jdbc");
  }

  @Benchmark
  public Object getUserOfAll(Fixture fixture) throws SQLException {
    return side() == 0 ? fixture.postDao.getUser(fixture.posts) : fixture.jdbc.usersOf(fixture.posts);
  }
}
