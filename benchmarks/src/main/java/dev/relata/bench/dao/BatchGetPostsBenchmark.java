package dev.relata.bench.dao;

import dev.relata.bench.model.Post;
import dev.relata.bench.model.User;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The posts of 1,000 users with ten posts each: the batch {@code getPosts(users)} (one query),
 * the N+1 loop it replaces, and the same {@code = any(?)} query by hand.
 */
public class BatchGetPostsBenchmark extends DatabaseBenchmark {

  /** One statement, {@code user_id = any(?)}. */
  @Benchmark
  public Map<User, List<Post>> relataBatch(Fixture fixture) {
    return fixture.userDao.getPosts(fixture.users);
  }

  /** One statement per user, as lazy loading does. */
  @Benchmark
  public Map<User, List<Post>> nPlusOne(Fixture fixture) {
    Map<User, List<Post>> posts = new LinkedHashMap<>();
    for (User user : fixture.users) {
      posts.put(user, fixture.userDao.getPosts(user));
    }
    return posts;
  }

  /** The batch query by hand. */
  @Benchmark
  public Map<User, List<Post>> jdbc(Fixture fixture) throws SQLException {
    return fixture.jdbc.postsOf(fixture.users);
  }
}
