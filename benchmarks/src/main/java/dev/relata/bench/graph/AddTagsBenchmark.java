package dev.relata.bench.graph;

import dev.relata.bench.dao.BenchmarkConnection;
import dev.relata.bench.dao.DatabaseBenchmark;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The many-to-many {@code addTags(post, tags)} statement, by turns: the anti-join it sends
 * ({@code left join ... where existing.tag_id is null}, which Citus runs) against the {@code where
 * not exists (...)} it sent before (which Citus refuses), both as the generated Javadoc shows
 * them, through one JDBC connection with the same array binding, so that only the shape differs.
 * Each call links a post to five tags, three of which it has (the seed's), so two rows are
 * inserted and three skipped; the next call takes the next post. The new links are deleted after
 * every iteration.
 */
// Calls of about 0.3 ms, whose time moves most with the machine's load: more, shorter rounds (as
// findById's), and a longer warm-up, while the server plans and caches both statements.
@Warmup(iterations = 12, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 96, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class AddTagsBenchmark extends DatabaseBenchmark {

  static final String ANTI_JOIN =
      "insert into \"graph_post_tags\" (\"post_id\", \"tag_id\")"
          + " select ?, \"x\".\"id\" from unnest(?::int8[]) as \"x\" (\"id\")"
          + " left outer join \"graph_post_tags\" as \"existing\""
          + " on (\"existing\".\"post_id\" = ? and \"existing\".\"tag_id\" = \"x\".\"id\")"
          + " where \"existing\".\"tag_id\" is null on conflict do nothing";

  static final String NOT_EXISTS =
      "insert into \"graph_post_tags\" (\"post_id\", \"tag_id\")"
          + " select ?, \"x\".\"id\" from unnest(?::int8[]) as x(id)"
          + " where not exists (select 1 as \"one\" from \"graph_post_tags\" as \"existing\""
          + " where (\"existing\".\"post_id\" = ? and \"existing\".\"tag_id\" = \"x\".\"id\")) on conflict do nothing";

  public AddTagsBenchmark() {
    super("antiJoin", "notExists");
  }

  @Benchmark
  public int addTags(Links links) throws SQLException {
    return links.add(side() == 0 ? links.antiJoin : links.notExists);
  }

  /** The connection, both statements prepared on it, and the posts with their tags. */
  @State(Scope.Benchmark)
  public static class Links {

    private BenchmarkConnection database;
    private Connection connection;
    PreparedStatement antiJoin;
    PreparedStatement notExists;
    private long[] posts;
    private Long[][] tags;
    private long lastSeededLink;
    private int next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
      database = BenchmarkConnection.open(GraphSeed::ensure);
      connection = database.connection();
      DSLContext dsl = database.dsl();
      deleteAdded();
      List<Long> tagIds = new TagDao(dsl).findAll().stream().map(Tag::id).toList();
      List<Post> all = new PostDao(dsl).findAll();
      posts = new long[all.size()];
      tags = new Long[all.size()][];
      PostDao postDao = new PostDao(dsl);
      for (int i = 0; i < all.size(); i++) {
        Post post = all.get(i);
        List<Long> linked = postDao.getTags(post).stream().map(Tag::id).toList();
        List<Long> others = tagIds.stream().filter(id -> !linked.contains(id)).toList();
        posts[i] = post.id();
        tags[i] = new Long[] {linked.get(0), linked.get(1), linked.get(2), others.get(i % others.size()),
            others.get((i + 7) % others.size())};
      }
      lastSeededLink =
          dsl.select(DSL.max(PostTagTable.POST_TAG_TABLE.ID)).from(PostTagTable.POST_TAG_TABLE).fetchSingle().value1();
      antiJoin = connection.prepareStatement(ANTI_JOIN);
      notExists = connection.prepareStatement(NOT_EXISTS);
      for (PreparedStatement statement : List.of(antiJoin, notExists)) {
        int inserted = add(statement);
        next = 0;
        deleteAdded();
        if (inserted != 2) {
          throw new IllegalStateException("a call inserted " + inserted + " links, not 2");
        }
      }
    }

    /** Links the next post to its five tags; the number of links inserted (two). */
    int add(PreparedStatement statement) throws SQLException {
      int i = next++ % posts.length;
      Array ids = connection.createArrayOf("int8", tags[i]);
      statement.setLong(1, posts[i]);
      statement.setArray(2, ids);
      statement.setLong(3, posts[i]);
      return statement.executeUpdate();
    }

    /** Back to the seeded links, outside the measurement. */
    @TearDown(Level.Iteration)
    public void deleteAdded() throws SQLException {
      try (Statement statement = connection.createStatement()) {
        if (lastSeededLink > 0) {
          statement.executeUpdate("delete from graph_post_tags where id > " + lastSeededLink);
        }
        statement.execute("vacuum graph_post_tags");
      }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      database.close();
    }
  }
}
