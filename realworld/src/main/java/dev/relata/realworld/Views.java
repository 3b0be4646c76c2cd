package dev.relata.realworld;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The JSON objects of the spec's answers, in its field order; {@code null} fields are written. */
final class Views {

  private Views() {}

  /** The caller, with a fresh token. */
  record UserJson(String email, String token, String username, String bio, String image) {}

  /** A user as others see it. */
  record ProfileJson(String username, String bio, String image, boolean following) {}

  /** An article; {@code body} is left out of lists, as the spec has done since 2024. */
  record ArticleJson(
      String slug,
      String title,
      String description,
      @JsonInclude(JsonInclude.Include.NON_NULL) String body,
      List<String> tagList,
      Instant createdAt,
      Instant updatedAt,
      boolean favorited,
      long favoritesCount,
      ProfileJson author) {}

  /** A comment. */
  record CommentJson(long id, Instant createdAt, Instant updatedAt, String body, ProfileJson author) {}

  record UserBody(UserJson user) {}

  record ProfileBody(ProfileJson profile) {}

  record ArticleBody(ArticleJson article) {}

  record ArticlesBody(List<ArticleJson> articles, long articlesCount) {}

  record CommentBody(CommentJson comment) {}

  record CommentsBody(List<CommentJson> comments) {}

  record TagsBody(List<String> tags) {}
}
