package dev.relata.bench.dao;

import dev.relata.bench.model.Post;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code userDao.getPosts(user)} for a user with ten posts, against the same query by hand. */
public class GetPostsBenchmark extends DatabaseBenchmark {

  /** The generated DAO. */
  @Benchmark
  public List<Post> relata(Fixture fixture) {
    return fixture.userDao.getPosts(fixture.user);
  }

  /** A PreparedStatement. */
  @Benchmark
  public List<Post> jdbc(Fixture fixture) throws SQLException {
    return fixture.jdbc.postsOf(fixture.user);
  }
}
