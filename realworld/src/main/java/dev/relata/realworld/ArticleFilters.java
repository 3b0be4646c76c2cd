package dev.relata.realworld;

import static dev.relata.realworld.model.ArticleTable.ARTICLE_TABLE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import io.javalin.http.Context;
import org.jooq.Condition;

/**
 * The conditions on articles that {@code GET /api/articles} ({@code tag}, {@code author}, {@code
 * favorited}, all of them at once if given) and the feed filter by, for both the page and its
 * count: paths of {@code ARTICLE_TABLE}, which jOOQ joins (to-one) or correlates (to-many). A
 * username is one whatever its case, as {@code findByUsername} has it: {@code author=JAKE} is jake.
 */
final class ArticleFilters {

  private ArticleFilters() {}

  /** The articles the query parameters ask for; every article without any. */
  static Condition of(Context ctx) {
    Condition condition = noCondition();
    String tag = ctx.queryParam("tag");
    if (tag != null) {
      condition = condition.and(exists(selectOne().from(ARTICLE_TABLE.tags())
          .where(ARTICLE_TABLE.tags().NAME.eq(tag))));
    }
    String author = ctx.queryParam("author");
    if (author != null) {
      condition = condition.and(lower(ARTICLE_TABLE.author().USERNAME).eq(lower(author)));
    }
    String favorited = ctx.queryParam("favorited");
    if (favorited != null) {
      condition = condition.and(exists(selectOne().from(ARTICLE_TABLE.fans())
          .where(lower(ARTICLE_TABLE.fans().USERNAME).eq(lower(favorited)))));
    }
    return condition;
  }

  /** The articles of the users {@code caller} follows. */
  static Condition feedOf(long caller) {
    return exists(selectOne().from(ARTICLE_TABLE.author().followers())
        .where(ARTICLE_TABLE.author().followers().ID.eq(caller)));
  }
}
