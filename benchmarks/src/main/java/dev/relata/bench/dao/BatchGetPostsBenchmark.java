package dev.relata.bench.dao;

import dev.relata.bench.model.Post;
import dev.relata.bench.model.User;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The posts of 1,000 users with ten posts each, by turns: the batch {@code getPosts(users)} (one
 * query), the N+1 loop it replaces, and the same {@code = any(?)} query by hand.
 */
public class BatchGetPostsBenchmark extends DatabaseBenchmark {

  public BatchGetPostsBenchmark() {
    super("relataBatch", "nPlusOne", "jdbc");
  }

  @Benchmark
  public Object getPostsOfAll(Fixture fixture) throws SQLException {
    return switch (side()) {
      case 0 -> fixture.userDao.getPosts(fixture.users);
      case 1 -> nPlusOne(fixture);
      default -> fixture.jdbc.postsOf(fixture.users);
    };
  }

  /** One statement per user, as lazy loading does. */
  private static Map<User, List<Post>> nPlusOne(Fixture fixture) {
    Map<User, List<Post>> posts = new LinkedHashMap<>();
    for (User user : fixture.users) {
      posts.put(user, fixture.userDao.getPosts(user));
    }
    return posts;
  }
}
