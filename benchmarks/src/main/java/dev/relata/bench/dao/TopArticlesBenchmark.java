package dev.relata.bench.dao;

import static dev.relata.bench.model.ArticleTable.ARTICLE_TABLE;

import dev.relata.Find;
import dev.relata.bench.model.Article;
import dev.relata.bench.model.Author;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three most liked articles of each of 1,000 authors with fifty articles each, by turns: the
 * batch {@code getArticles(authors, find)} (one statement, a lateral join), the same statement by
 * hand, and the N+1 loop of {@code getArticles(author, find)}.
 */
// Calls of 20 ms and more: the default warm-up gives each side only a handful, too few for the JIT
// to compile jOOQ's execution path, which then weighs on Relata's side alone.
@Warmup(iterations = 12, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
public class TopArticlesBenchmark extends DatabaseBenchmark {

  private static final Find MOST_LIKED = Find.all().orderBy(ARTICLE_TABLE.LIKES.desc()).limit(3);

  public TopArticlesBenchmark() {
    super("relataBatch", "jdbc", "nPlusOne");
  }

  @Benchmark
  public Object mostLikedOfAll(Fixture fixture) throws SQLException {
    return switch (side()) {
      case 0 -> fixture.authorDao.getArticles(fixture.authors, MOST_LIKED);
      case 1 -> fixture.jdbc.mostLikedArticlesOf(fixture.authors, 3);
      default -> nPlusOne(fixture);
    };
  }

  /** One statement per author. */
  private static Map<Author, List<Article>> nPlusOne(Fixture fixture) {
    Map<Author, List<Article>> articles = new LinkedHashMap<>();
    for (Author author : fixture.authors) {
      articles.put(author, fixture.authorDao.getArticles(author, MOST_LIKED));
    }
    return articles;
  }
}
