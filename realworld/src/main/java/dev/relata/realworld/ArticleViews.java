package dev.relata.realworld;

import static dev.relata.realworld.model.FavoriteTable.FAVORITE_TABLE;
import static dev.relata.realworld.model.TagTable.TAG_TABLE;

import dev.relata.Find;
import dev.relata.realworld.Views.ArticleJson;
import dev.relata.realworld.Views.ProfileJson;
import dev.relata.realworld.model.Article;
import dev.relata.realworld.model.ArticleDao;
import dev.relata.realworld.model.Tag;
import dev.relata.realworld.model.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Articles as the spec shows them, for any number at once in a fixed number of statements: their
 * authors, their tags by name, their favorite counts (each one batched getter or batched count),
 * and for a caller with a token whether they favorited each article and follow each author (one
 * batched count each). Three statements for an anonymous caller, five with a token.
 */
final class ArticleViews {

  private static final Find TAGS_BY_NAME = Find.all().orderBy(TAG_TABLE.NAME);

  private final ArticleDao articles;
  private final Profiles profiles;

  ArticleViews(DSLContext dsl) {
    this.articles = new ArticleDao(dsl);
    this.profiles = new Profiles(dsl);
  }

  /** {@code page} as {@code caller} sees it, in its order; {@code withBody} for a single article. */
  List<ArticleJson> of(List<Article> page, Optional<Long> caller, boolean withBody) {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Article, User> authors = articles.getAuthor(page);
    Map<Article, List<Tag>> tags = articles.getTags(page, TAGS_BY_NAME);
    Map<Article, Long> favorites = articles.countFans(page);
    Map<Article, Long> favoritedByCaller = caller.isEmpty() ? Map.of()
        : articles.countFans(page, FAVORITE_TABLE.USER_ID.eq(caller.get()));
    Function<User, ProfileJson> profile = profiles.of(authors.values(), caller);
    return page.stream().map(article -> new ArticleJson(
        article.slug(),
        article.title(),
        article.description(),
        withBody ? article.body() : null,
        tags.get(article).stream().map(Tag::name).toList(),
        article.createdAt(),
        article.updatedAt(),
        favoritedByCaller.getOrDefault(article, 0L) > 0,
        favorites.get(article),
        profile.apply(authors.get(article)))).toList();
  }

  /** One article, with its body. */
  ArticleJson of(Article article, Optional<Long> caller) {
    return of(List.of(article), caller, true).get(0);
  }
}
