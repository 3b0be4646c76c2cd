package dev.relata.bench.dao;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The number of articles of each of 1,000 authors, by turns: the batch {@code
 * countArticles(authors)} (one {@code group by}) against the same by hand.
 */
// Calls of 20 ms and more: the default warm-up gives each side only a handful, too few for the JIT
// to compile jOOQ's execution path, which then weighs on Relata's side alone.
@Warmup(iterations = 12, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
public class CountArticlesBenchmark extends DatabaseBenchmark {

  public CountArticlesBenchmark() {
    super("relataBatch", "jdbc");
  }

  @Benchmark
  public Object countOfAll(Fixture fixture) throws SQLException {
    return side() == 0 ? fixture.authorDao.countArticles(fixture.authors) : fixture.jdbc.articleCountsOf(fixture.authors);
  }
}
