package dev.relata.realworld;

import static dev.relata.realworld.TestServer.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Writing articles over HTTP, for the tests. */
final class Articles {

  private Articles() {}

  /** Creates an article as the owner of {@code token}; the article as answered. */
  static JsonNode create(TestServer server, String token, String title, String... tags) {
    return expect(201, server.post("/api/articles", token, Map.of("article", Map.of(
        "title", title, "description", "About " + title, "body", "The body of " + title,
        "tagList", List.of(tags))))).get("article");
  }

  /** The slugs of a list answer, in order. */
  static List<String> slugs(JsonNode answer) {
    List<String> slugs = new java.util.ArrayList<>();
    answer.get("articles").forEach(article -> slugs.add(article.get("slug").asText()));
    return slugs;
  }
}
