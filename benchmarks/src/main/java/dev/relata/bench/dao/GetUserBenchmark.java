package dev.relata.bench.dao;

import dev.relata.bench.model.Post;
import dev.relata.bench.model.User;
import java.sql.SQLException;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/** The user of each of 10,000 posts: the batch {@code postDao.getUser(posts)} against JDBC. */
public class GetUserBenchmark extends DatabaseBenchmark {

  /** One statement, {@code id = any(?)} over the distinct user ids. */
  @Benchmark
  public Map<Post, User> relataBatch(Fixture fixture) {
    return fixture.postDao.getUser(fixture.posts);
  }

  /** The same by hand. */
  @Benchmark
  public Map<Post, User> jdbc(Fixture fixture) throws SQLException {
    return fixture.jdbc.usersOf(fixture.posts);
  }
}
