package dev.relata.realworld;

import static dev.relata.realworld.model.ArticleTable.ARTICLE_TABLE;

import dev.relata.realworld.model.ArticleDao;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Slugs made from titles: {@code "How to train your dragon"} is {@code how-to-train-your-dragon}.
 * Where another article has that slug already, a random suffix keeps it unique ({@code
 * how-to-train-your-dragon-k3x9q1}), as the Express reference implementation does.
 */
final class Slugs {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGES = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /** The slug of {@code title}, without a suffix. */
  static String of(String title) {
    String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String slug = EDGES.matcher(SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "article" : slug;
  }

  /** A slug for {@code title} that no article but the one with id {@code self} (if any) has. */
  static String unique(DSLContext dsl, String title, Long self) {
    ArticleDao articles = new ArticleDao(dsl);
    String slug = of(title);
    while (articles.exists(others(slug, self))) {
      slug = of(title) + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
    }
    return slug;
  }

  private static Condition others(String slug, Long self) {
    Condition same = ARTICLE_TABLE.SLUG.eq(slug);
    return self == null ? same : same.and(ARTICLE_TABLE.ID.ne(self));
  }
}
