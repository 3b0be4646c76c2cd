package dev.relata.bench.graph;

import dev.relata.Find;
import dev.relata.bench.dao.DatabaseBenchmark;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A page of {@value #PAGE} users with their posts, each post with its tags and its three newest
 * comments, by turns: the generated {@code UserPageLoader} (four statements), the same four
 * statements by hand with JDBC, and one hand-written jOOQ {@code MULTISET} query.
 */
public class GraphBenchmark extends DatabaseBenchmark {

  static final int PAGE = 100;
  private static final Find FIRST_PAGE = Find.all().limit(PAGE);

  public GraphBenchmark() {
    super("relata", "jdbc", "multiset");
  }

  @Benchmark
  public List<UserPage> page(GraphFixture fixture) throws SQLException {
    return switch (side()) {
      case 0 -> fixture.loader.findAll(FIRST_PAGE);
      case 1 -> fixture.jdbc.page(PAGE);
      default -> fixture.multiset.page(PAGE);
    };
  }
}
