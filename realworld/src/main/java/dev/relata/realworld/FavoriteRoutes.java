package dev.relata.realworld;

import dev.relata.realworld.Views.ArticleBody;
import dev.relata.realworld.model.Article;
import dev.relata.realworld.model.User;
import dev.relata.realworld.model.UserDao;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;

/** Favoriting an article: {@code /api/articles/{slug}/favorite}; twice is as once. */
final class FavoriteRoutes {

  private final Api api;

  FavoriteRoutes(Api api) {
    this.api = api;
  }

  void register(Javalin app) {
    app.post("/api/articles/{slug}/favorite", ctx -> favorite(ctx, true));
    app.delete("/api/articles/{slug}/favorite", ctx -> favorite(ctx, false));
  }

  private void favorite(Context ctx, boolean favorite) {
    long caller = api.tokens().required(ctx);
    String slug = ctx.pathParam("slug");
    api.answer(ctx, 200, api.transaction(ctx, dsl -> {
      Article article = Lookups.article(dsl, slug);
      User user = Lookups.caller(dsl, caller);
      UserDao users = new UserDao(dsl);
      if (favorite) {
        users.addFavorite(user, article);
      } else {
        users.removeFavorite(user, article);
      }
      return new ArticleBody(new ArticleViews(dsl).of(article, Optional.of(caller)));
    }));
  }
}
