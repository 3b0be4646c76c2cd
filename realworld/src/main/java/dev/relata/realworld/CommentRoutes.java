package dev.relata.realworld;

import static dev.relata.realworld.model.CommentTable.COMMENT_TABLE;

import dev.relata.Find;
import dev.relata.realworld.Views.CommentBody;
import dev.relata.realworld.Views.CommentJson;
import dev.relata.realworld.Views.CommentsBody;
import dev.relata.realworld.Views.ProfileJson;
import dev.relata.realworld.model.Article;
import dev.relata.realworld.model.ArticleDao;
import dev.relata.realworld.model.Comment;
import dev.relata.realworld.model.CommentDao;
import dev.relata.realworld.model.User;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The comments of an article: {@code /api/articles/{slug}/comments[/{id}]}. */
final class CommentRoutes {

  /** Newest first, as articles are. */
  private static final Find NEWEST_FIRST =
      Find.all().orderBy(COMMENT_TABLE.CREATED_AT.desc(), COMMENT_TABLE.ID.desc());

  private final Api api;

  CommentRoutes(Api api) {
    this.api = api;
  }

  void register(Javalin app) {
    app.get("/api/articles/{slug}/comments", this::list);
    app.post("/api/articles/{slug}/comments", this::create);
    app.delete("/api/articles/{slug}/comments/{id}", this::delete);
  }

  /** The article, its comments, their authors, and (with a token) which of them the caller follows. */
  private void list(Context ctx) {
    Optional<Long> caller = api.tokens().optional(ctx);
    String slug = ctx.pathParam("slug");
    api.answer(ctx, 200, api.transaction(ctx, dsl -> {
      Article article = Lookups.article(dsl, slug);
      List<Comment> comments = new ArticleDao(dsl).getComments(article, NEWEST_FIRST);
      Map<Comment, User> authors = new CommentDao(dsl).getAuthor(comments);
      Function<User, ProfileJson> profile = new Profiles(dsl).of(authors.values(), caller);
      return new CommentsBody(comments.stream().map(c -> json(c, profile.apply(authors.get(c)))).toList());
    }));
  }

  private void create(Context ctx) {
    long caller = api.tokens().required(ctx);
    String slug = ctx.pathParam("slug");
    Body body = api.body(ctx, "comment");
    String text = body.required("body");
    body.validate();
    api.answer(ctx, 200, api.transaction(ctx, dsl -> {
      Article article = Lookups.article(dsl, slug);
      User author = Lookups.caller(dsl, caller);
      Comment comment = new ArticleDao(dsl).createComment(article, new Comment(null, 0, caller, text, null, null));
      return new CommentBody(json(comment, new Profiles(dsl).of(author, Optional.of(caller))));
    }));
  }

  /** Only its author deletes a comment; a comment of another article is not found. */
  private void delete(Context ctx) {
    long caller = api.tokens().required(ctx);
    String slug = ctx.pathParam("slug");
    long id = commentId(ctx);
    api.transaction(ctx, dsl -> {
      Article article = Lookups.article(dsl, slug);
      CommentDao comments = new CommentDao(dsl);
      Comment comment = comments.findById(id).filter(c -> c.articleId() == article.id())
          .orElseThrow(() -> ApiException.notFound("comment " + id + " not found on article " + slug));
      if (comment.authorId() != caller) {
        throw ApiException.forbidden("comment " + id + " is not yours");
      }
      return comments.deleteById(id);
    });
    ctx.status(204);
  }

  private static long commentId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("comment " + ctx.pathParam("id") + " not found");
    }
  }

  private static CommentJson json(Comment comment, ProfileJson author) {
    return new CommentJson(comment.id(), comment.createdAt(), comment.updatedAt(), comment.body(), author);
  }
}
