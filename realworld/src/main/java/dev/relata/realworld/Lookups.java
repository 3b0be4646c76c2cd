package dev.relata.realworld;

import dev.relata.realworld.model.Article;
import dev.relata.realworld.model.ArticleDao;
import dev.relata.realworld.model.User;
import dev.relata.realworld.model.UserDao;
import org.jooq.DSLContext;

/** The rows a path or token names, or the 401/404 the spec asks for when there is none. */
final class Lookups {

  private Lookups() {}

  /** The user the token names; 401 if that user is gone. */
  static User caller(DSLContext dsl, long id) {
    return new UserDao(dsl).findById(id)
        .orElseThrow(() -> ApiException.unauthorized("the token's user does not exist"));
  }

  /** The user called {@code username}; 404 if none. */
  static User user(DSLContext dsl, String username) {
    return new UserDao(dsl).findByUsername(username)
        .orElseThrow(() -> ApiException.notFound("profile " + username + " not found"));
  }

  /** The article with {@code slug}; 404 if none. */
  static Article article(DSLContext dsl, String slug) {
    return new ArticleDao(dsl).findBySlug(slug)
        .orElseThrow(() -> ApiException.notFound("article " + slug + " not found"));
  }

  /** {@code article}, if {@code caller} wrote it; 403 if someone else did. */
  static Article own(Article article, long caller) {
    if (article.authorId() != caller) {
      throw ApiException.forbidden("article " + article.slug() + " is not yours");
    }
    return article;
  }
}
