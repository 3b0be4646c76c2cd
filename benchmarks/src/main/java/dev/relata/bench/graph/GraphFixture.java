package dev.relata.bench.graph;

import dev.relata.Find;
import dev.relata.bench.dao.BenchmarkConnection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the three sides of the graph benchmark share in one fork: one connection, the seeded rows,
 * and each side built on it. Setup checks that the three sides load the same page.
 */
@State(Scope.Benchmark)
public class GraphFixture {

  private BenchmarkConnection database;

  /** The generated loader. */
  UserPageLoader loader;

  /** The same statements by hand. */
  GraphJdbc jdbc;

  /** One MULTISET query by hand. */
  GraphMultiset multiset;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    database = BenchmarkConnection.open(GraphSeed::ensure);
    DSLContext dsl = database.dsl();
    loader = new UserPageLoader(dsl);
    jdbc = new GraphJdbc(database.connection());
    multiset = new GraphMultiset(dsl);
    List<UserPage> page = loader.findAll(Find.all().limit(GraphBenchmark.PAGE));
    if (!page.equals(jdbc.page(GraphBenchmark.PAGE)) || !page.equals(multiset.page(GraphBenchmark.PAGE))) {
      throw new IllegalStateException("the three sides load different pages");
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    database.close();
  }
}
