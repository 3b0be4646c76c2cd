package dev.relata.bench.dao;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code userDao.getPosts(user)} for a user with ten posts, against the same query by hand. */
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
