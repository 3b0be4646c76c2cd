package dev.relata.realworld;

import static dev.relata.realworld.model.ArticleTable.ARTICLE_TABLE;

import dev.relata.Find;
import dev.relata.realworld.Views.ArticleBody;
import dev.relata.realworld.Views.ArticlesBody;
import dev.relata.realworld.model.Article;
import dev.relata.realworld.model.ArticleDao;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jooq.Condition;

/** Articles: the lists, the feed, and one article by slug to read, write, change or delete. */
final class ArticleRoutes {

  private final Api api;

  ArticleRoutes(Api api) {
    this.api = api;
  }

  void register(Javalin app) {
    app.get("/api/articles", this::list);
    app.get("/api/articles/feed", this::feed);
    app.post("/api/articles", this::create);
    app.get("/api/articles/{slug}", this::show);
    app.put("/api/articles/{slug}", this::update);
    app.delete("/api/articles/{slug}", this::delete);
  }

  private void list(Context ctx) {
    Optional<Long> caller = api.tokens().optional(ctx);
    api.answer(ctx, 200, page(ctx, ArticleFilters.of(ctx), caller));
  }

  private void feed(Context ctx) {
    long caller = api.tokens().required(ctx);
    api.answer(ctx, 200, page(ctx, ArticleFilters.feedOf(caller), Optional.of(caller)));
  }

  /** Newest first: two statements for the page and its count, then {@link ArticleViews}. */
  private ArticlesBody page(Context ctx, Condition condition, Optional<Long> caller) {
    Pages pages = Pages.of(ctx);
    Find find = Find.where(condition)
        .orderBy(ARTICLE_TABLE.CREATED_AT.desc(), ARTICLE_TABLE.ID.desc())
        .limit(pages.limit())
        .offset(pages.offset());
    return api.transaction(ctx, dsl -> {
      ArticleDao articles = new ArticleDao(dsl);
      List<Article> page = articles.findAll(find);
      long count = articles.count(condition);
      return new ArticlesBody(new ArticleViews(dsl).of(page, caller, false), count);
    });
  }

  private void show(Context ctx) {
    Optional<Long> caller = api.tokens().optional(ctx);
    String slug = ctx.pathParam("slug");
    api.answer(ctx, 200, api.transaction(ctx, dsl ->
        new ArticleBody(new ArticleViews(dsl).of(Lookups.article(dsl, slug), caller))));
  }

  private void create(Context ctx) {
    long caller = api.tokens().required(ctx);
    Fields given = Fields.read(api.body(ctx, "article"), Body::required);
    api.answer(ctx, 201, api.transaction(ctx, dsl -> {
      Lookups.caller(dsl, caller);
      Article article = new ArticleDao(dsl).insert(new Article(
          null, Slugs.unique(dsl, given.title(), null), given.title(), given.description(), given.text(), caller, null,
          null));
      Tagging.tag(dsl, article, given.tags());
      return new ArticleBody(new ArticleViews(dsl).of(article, Optional.of(caller)));
    }));
  }

  /** Title, description and body, each if given; a new title makes a new slug. */
  private void update(Context ctx) {
    long caller = api.tokens().required(ctx);
    String slug = ctx.pathParam("slug");
    Body body = api.body(ctx, "article");
    Fields given = Fields.read(body, Body::notBlankIfPresent);
    String title = given.title();
    api.answer(ctx, 200, api.transaction(ctx, dsl -> {
      Article article = Lookups.own(Lookups.article(dsl, slug), caller);
      boolean retitled = title != null && !title.equals(article.title());
      Article changed = new Article(
          article.id(),
          retitled ? Slugs.unique(dsl, title, article.id()) : article.slug(),
          title != null ? title : article.title(),
          given.description() != null ? given.description() : article.description(),
          given.text() != null ? given.text() : article.body(),
          article.authorId(),
          article.createdAt(),
          article.updatedAt());
      Article stored = new ArticleDao(dsl).update(changed).orElseThrow();
      if (body.has("tagList")) {
        Tagging.tag(dsl, stored, given.tags());
      }
      return new ArticleBody(new ArticleViews(dsl).of(stored, Optional.of(caller)));
    }));
  }

  /**
   * The fields of an article body: {@code title}, {@code description} and {@code body}, each read
   * by {@code field} (required on a create, each if given on an update), and {@code tagList};
   * checked together, so that one answer lists every field that is wrong.
   */
  private record Fields(String title, String description, String text, List<String> tags) {

    static Fields read(Body body, BiFunction<Body, String, String> field) {
      Fields fields = new Fields(
          field.apply(body, "title"), field.apply(body, "description"), field.apply(body, "body"),
          body.strings("tagList"));
      body.validate();
      return fields;
    }
  }

  private void delete(Context ctx) {
    long caller = api.tokens().required(ctx);
    String slug = ctx.pathParam("slug");
    api.transaction(ctx, dsl -> new ArticleDao(dsl).deleteById(Lookups.own(Lookups.article(dsl, slug), caller).id()));
    ctx.status(204);
  }
}
