package dev.relata.bench.dao;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The number of articles of each of 1,000 authors, by turns: the batch {@code
 * countArticles(authors)} (one {@code group by}) against the same by hand.
 */
public class CountArticlesBenchmark extends DatabaseBenchmark {

  public CountArticlesBenchmark() {
    super("relataBatch", "jdbc");
  }

  @Benchmark
  public Object countOfAll(Fixture fixture) throws SQLException {
    return side() == 0 ? fixture.authorDao.countArticles(fixture.authors) : fixture.jdbc.articleCountsOf(fixture.authors);
  }
}
