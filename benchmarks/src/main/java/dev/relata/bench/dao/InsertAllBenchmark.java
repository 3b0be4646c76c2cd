package dev.relata.bench.dao;

import dev.relata.bench.model.Post;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inserting 10,000 posts: {@code postDao.insertAll(posts)} (one {@code unnest} statement) against
 * a JDBC batch with {@code reWriteBatchedInserts=true}, and against a JDBC batch that returns the
 * stored rows as {@code insertAll} does. The inserted rows are deleted after each iteration, so
 * every iteration starts from the seeded table.
 */
public class InsertAllBenchmark extends DatabaseBenchmark {

  /** The number of posts inserted per call. */
  public static final int ROWS = 10_000;

  private List<Post> newPosts;

  public InsertAllBenchmark() {
    super("relata", "jdbcBatch", "jdbcBatchReturning");
  }

  /** Unsaved posts spread over the seeded users. */
  @Setup(Level.Trial)
  public void preparePosts(Fixture fixture) {
    newPosts = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      newPosts.add(Seed.newPost(fixture.users.get(i % fixture.users.size()).id(), i));
    }
  }

  /** Back to the seeded rows, with the dead ones cleaned, outside the measurement. */
  @TearDown(Level.Iteration)
  public void deleteInserted(Fixture fixture) throws SQLException {
    try (Statement statement = fixture.connection().createStatement()) {
      statement.executeUpdate("delete from posts where id > " + fixture.lastSeededPostId);
      statement.execute("vacuum posts");
    }
  }

  /**
   * By turns: one statement returning the stored rows; a rewritten JDBC batch returning nothing
   * (the baseline the target is set against); a JDBC batch returning the stored rows (the same
   * work as {@code insertAll}).
   */
  @Benchmark
  public Object insertAll(Fixture fixture) throws SQLException {
    return switch (side()) {
      case 0 -> fixture.postDao.insertAll(newPosts);
      case 1 -> fixture.jdbc.insertPosts(newPosts);
      default -> fixture.jdbc.insertPostsReturning(newPosts);
    };
  }
}
