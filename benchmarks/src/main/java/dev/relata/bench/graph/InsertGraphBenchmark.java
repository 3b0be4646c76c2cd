package dev.relata.bench.graph;

import dev.relata.bench.dao.BenchmarkConnection;
import dev.relata.bench.dao.DatabaseBenchmark;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inserting 100 new {@link UserPage} graphs (a user, three posts, each with two new tags and three
 * comments), by turns: {@code UserPageLoader.insert(pages)} against the same five statements
 * written by hand with JDBC ({@link InsertGraphJdbc}), each in one transaction on the same
 * connection. The inserted rows are deleted (and the tables vacuumed) after every iteration.
 */
public class InsertGraphBenchmark extends DatabaseBenchmark {

  /** The number of graphs inserted per call. */
  public static final int GRAPHS = 100;

  public InsertGraphBenchmark() {
    super("relata", "jdbc");
  }

  @Benchmark
  public List<UserPage> insert(Graphs graphs) throws SQLException {
    return side() == 0 ? graphs.loader.insert(graphs.pages) : graphs.jdbc.insert(graphs.pages);
  }

  /** The connection, both sides on it, the graphs to insert, and where the seeded rows end. */
  @State(Scope.Benchmark)
  public static class Graphs {

    private static final List<String> TABLES =
        List.of("graph_comments", "graph_post_tags", "graph_tags", "graph_posts", "graph_users");

    private BenchmarkConnection database;
    UserPageLoader loader;
    InsertGraphJdbc jdbc;
    List<UserPage> pages;
    private final List<Long> lastSeeded = new ArrayList<>();

    @Setup(Level.Trial)
    public void open() throws SQLException {
      database = BenchmarkConnection.open(GraphSeed::ensure);
      DSLContext dsl = database.dsl();
      for (String table : TABLES) {
        lastSeeded.add(
            dsl.select(DSL.coalesce(DSL.max(DSL.field(DSL.name(table, "id"), Long.class)), 0L))
                .from(DSL.table(DSL.name(table)))
                .fetchSingle()
                .value1());
      }
      loader = new UserPageLoader(dsl);
      jdbc = new InsertGraphJdbc(database.connection());
      pages = pages();
      List<String> relata = shape(loader.insert(pages));
      List<String> byHand = shape(jdbc.insert(pages));
      deleteInserted();
      if (!relata.equals(byHand)) {
        throw new IllegalStateException("the two sides store different graphs");
      }
    }

    private static List<UserPage> pages() {
      List<UserPage> pages = new ArrayList<>(GRAPHS);
      for (int u = 0; u < GRAPHS; u++) {
        List<PostView> posts = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
          posts.add(
              new PostView(
                  new Post(null, null, "post " + p + " of " + u, "body of post " + p),
                  List.of(new Tag(null, "new tag a" + u + p), new Tag(null, "new tag b" + u + p)),
                  List.of(new Comment(null, null, "first"), new Comment(null, null, "second"),
                      new Comment(null, null, "third"))));
        }
        pages.add(new UserPage(new User(null, "new user " + u, "new" + u + "@example.com"), posts));
      }
      return pages;
    }

    /** Every row of the graphs without its ids, and whether each key points at its parent. */
    private static List<String> shape(List<UserPage> pages) {
      List<String> shape = new ArrayList<>();
      for (UserPage page : pages) {
        shape.add(page.user().name() + " " + page.user().email() + " " + (page.user().id() != null));
        for (PostView view : page.posts()) {
          shape.add(view.post().title() + " " + view.post().userId().equals(page.user().id()));
          view.tags().forEach(tag -> shape.add(tag.name() + " " + (tag.id() != null)));
          view.comments().forEach(c -> shape.add(c.body() + " " + c.postId().equals(view.post().id())));
        }
      }
      return shape;
    }

    /** Back to the seeded rows, outside the measurement. */
    @TearDown(Level.Iteration)
    public void deleteInserted() throws SQLException {
      try (Statement statement = database.connection().createStatement()) {
        for (int i = 0; i < TABLES.size(); i++) {
          statement.executeUpdate("delete from " + TABLES.get(i) + " where id > " + lastSeeded.get(i));
        }
        for (String table : TABLES) {
          statement.execute("vacuum " + table);
        }
      }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      database.close();
    }
  }
}
