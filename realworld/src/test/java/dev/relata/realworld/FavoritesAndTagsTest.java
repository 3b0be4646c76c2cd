package dev.relata.realworld;

import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Favorites of articles, and the list of tags. */
class FavoritesAndTagsTest {

  private final TestServer server = TestServer.get().reset();

  @Test
  void favoritesAndUnfavorites() {
    String jake = server.register("jake");
    String anna = server.register("anna");
    Articles.create(server, jake, "Dragons");

    JsonNode article = expect(200, server.post("/api/articles/dragons/favorite", anna, "")).get("article");
    assertTrue(article.get("favorited").asBoolean());
    assertEquals(1, article.get("favoritesCount").asInt());
    assertEquals("The body of Dragons", article.get("body").asText());
    article = expect(200, server.post("/api/articles/dragons/favorite", anna, "")).get("article"); // twice is as once
    assertEquals(1, article.get("favoritesCount").asInt());
    article = expect(200, server.post("/api/articles/dragons/favorite", jake, "")).get("article");
    assertEquals(2, article.get("favoritesCount").asInt());

    article = expect(200, server.get("/api/articles/dragons", null)).get("article");
    assertFalse(article.get("favorited").asBoolean());
    assertEquals(2, article.get("favoritesCount").asInt());

    article = expect(200, server.delete("/api/articles/dragons/favorite", anna)).get("article");
    assertFalse(article.get("favorited").asBoolean());
    assertEquals(1, article.get("favoritesCount").asInt());
    assertTrue(expect(200, server.get("/api/articles/dragons", jake)).get("article").get("favorited").asBoolean());

    error(401, server.post("/api/articles/dragons/favorite", null, ""));
    error(401, server.delete("/api/articles/dragons/favorite", null));
    error(404, server.post("/api/articles/nothing/favorite", anna, ""));
    error(404, server.delete("/api/articles/nothing/favorite", anna));
  }

  @Test
  void tagsInUseByName() {
    String jake = server.register("jake");
    assertEquals("[]", expect(200, server.get("/api/tags", null)).get("tags").toString());
    Articles.create(server, jake, "One", "zebra", "java");
    Articles.create(server, jake, "Two", "java", "Apple");
    Articles.create(server, jake, "Three");
    assertEquals("[\"Apple\",\"java\",\"zebra\"]", expect(200, server.get("/api/tags", null)).get("tags").toString());
    assertEquals(204, server.delete("/api/articles/one", jake).statusCode());
    assertEquals("[\"Apple\",\"java\"]", expect(200, server.get("/api/tags", jake)).get("tags").toString());
  }

  @Test
  void anInvalidTokenIsA401HereTooThoughNoneIsNeeded() {
    error(401, server.get("/api/tags", "garbage"), "the token is not valid");
    expect(200, server.get("/api/tags", server.register("jake")));
  }
}
