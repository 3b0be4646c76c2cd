package dev.relata.realworld;

import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One article: create, read, update, delete, from the spec's examples. */
class ArticlesTest {

  /** ISO-8601 in UTC with the fraction always there, as the spec's examples. */
  static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

  private final TestServer server = TestServer.get().reset();

  @Test
  void createsAnArticleAsTheSpecShowsIt() {
    String jake = server.register("jake");
    var response = server.post("/api/articles", jake, Map.of("article", Map.of(
        "title", "How to train your dragon", "description", "Ever wonder how?",
        "body", "You have to believe", "tagList", List.of("reactjs", "angularjs", "dragons"))));
    JsonNode article = expect(201, response).get("article");
    assertEquals(List.of("slug", "title", "description", "body", "tagList", "createdAt", "updatedAt",
        "favorited", "favoritesCount", "author"), UsersTest.names(article));
    assertEquals("how-to-train-your-dragon", article.get("slug").asText());
    assertEquals("How to train your dragon", article.get("title").asText());
    assertEquals("Ever wonder how?", article.get("description").asText());
    assertEquals("You have to believe", article.get("body").asText());
    assertEquals(TestServer.MAPPER.valueToTree(List.of("angularjs", "dragons", "reactjs")), article.get("tagList"));
    assertTimestamp(article.get("createdAt"));
    assertTimestamp(article.get("updatedAt"));
    assertFalse(article.get("favorited").asBoolean());
    assertTrue(article.get("favoritesCount").isIntegralNumber());
    assertEquals(0, article.get("favoritesCount").asInt());
    JsonNode author = article.get("author");
    assertEquals("jake", author.get("username").asText());
    assertTrue(author.get("bio").isNull() && author.get("image").isNull());
    assertFalse(author.get("following").asBoolean());

    assertEquals(article, expect(200, server.get("/api/articles/how-to-train-your-dragon", null)).get("article"));
  }

  @Test
  void aTitleTakenMakesAnotherSlugAndTagsAreOptional() {
    String jake = server.register("jake");
    String first = Articles.create(server, jake, "Dragons!").get("slug").asText();
    JsonNode second = Articles.create(server, jake, "Dragons?");
    assertEquals("dragons", first);
    assertTrue(second.get("slug").asText().matches("dragons-[0-9a-z]{6}"), second.toString());
    assertEquals(0, second.get("tagList").size());
  }

  @Test
  void refusesInvalidArticlesAndMissingTokens() {
    String jake = server.register("jake");
    error(401, server.post("/api/articles", null, Map.of("article", Map.of("title", "t", "description", "d", "body", "b"))));
    error(422, server.post("/api/articles", jake, Map.of("article", Map.of("title", "t"))),
        "description can't be blank", "body can't be blank");
    error(422, server.post("/api/articles", jake, Map.of("article",
        Map.of("title", "t", "description", "d", "body", "b", "tagList", "java"))), "tagList must be an array of strings");
    error(422, server.post("/api/articles", jake, Map.of("article",
        Map.of("title", "t", "description", "d", "body", "b", "tagList", List.of("java", 5)))),
        "tagList must hold strings");
    error(422, server.post("/api/articles", jake, "[]"));
  }

  @Test
  void blankTagsAreDroppedAndOnlyBlanksAreNoTags() {
    String jake = server.register("jake");
    JsonNode article = Articles.create(server, jake, "Dragons", "dragons", "", " ", " training ", "dragons");
    assertEquals("[\"dragons\",\"training\"]", article.get("tagList").toString());
    String slug = article.get("slug").asText();
    JsonNode updated = expect(200, server.put("/api/articles/" + slug, jake,
        Map.of("article", Map.of("tagList", List.of("", "  "))))).get("article");
    assertEquals("[]", updated.get("tagList").toString());
    assertEquals(0, Articles.create(server, jake, "Blanks", "", " ").get("tagList").size());
  }

  @Test
  void updatesTitleAndSlugTogether() throws InterruptedException {
    String jake = server.register("jake");
    JsonNode created = Articles.create(server, jake, "How to train your dragon", "dragons");
    Thread.sleep(2);
    JsonNode updated = expect(200, server.put("/api/articles/how-to-train-your-dragon", jake,
        Map.of("article", Map.of("title", "Did you train your dragon?")))).get("article");
    assertEquals("did-you-train-your-dragon", updated.get("slug").asText());
    assertEquals("Did you train your dragon?", updated.get("title").asText());
    assertEquals(created.get("body"), updated.get("body"));
    assertEquals(created.get("tagList"), updated.get("tagList"));
    assertEquals(created.get("createdAt"), updated.get("createdAt"));
    assertTrue(Instant.parse(updated.get("updatedAt").asText()).isAfter(Instant.parse(created.get("updatedAt").asText())));
    error(404, server.get("/api/articles/how-to-train-your-dragon", null));
    expect(200, server.get("/api/articles/did-you-train-your-dragon", null));

    JsonNode same = expect(200, server.put("/api/articles/did-you-train-your-dragon", jake,
        Map.of("article", Map.of("body", "New body")))).get("article");
    assertEquals("did-you-train-your-dragon", same.get("slug").asText());
    assertEquals("New body", same.get("body").asText());
  }

  @Test
  void anUpdateThatChangesNothingKeepsUpdatedAt() throws InterruptedException {
    String jake = server.register("jake");
    JsonNode created = Articles.create(server, jake, "Dragons", "dragons");
    Thread.sleep(2);
    JsonNode same = expect(200, server.put("/api/articles/dragons", jake, Map.of("article", Map.of()))).get("article");
    assertEquals(created, same);
    same = expect(200, server.put("/api/articles/dragons", jake,
        Map.of("article", Map.of("title", "Dragons", "body", created.get("body").asText())))).get("article");
    assertEquals(created, same, "the values it holds already");
    assertEquals(created, expect(200, server.get("/api/articles/dragons", jake)).get("article"));
    JsonNode changed = expect(200, server.put("/api/articles/dragons", jake,
        Map.of("article", Map.of("description", "New")))).get("article");
    assertTrue(Instant.parse(changed.get("updatedAt").asText()).isAfter(Instant.parse(created.get("updatedAt").asText())));
  }

  @Test
  void onlyTheAuthorChangesOrDeletesAnArticle() {
    String jake = server.register("jake");
    String anna = server.register("anna");
    Articles.create(server, jake, "Mine");
    error(403, server.put("/api/articles/mine", anna, Map.of("article", Map.of("title", "Yours"))));
    error(403, server.delete("/api/articles/mine", anna));
    error(401, server.put("/api/articles/mine", null, Map.of("article", Map.of("title", "Yours"))));
    error(401, server.delete("/api/articles/mine", null));
    error(404, server.put("/api/articles/nothing", jake, Map.of("article", Map.of("title", "x"))));
    error(404, server.delete("/api/articles/nothing", jake));
    error(422, server.put("/api/articles/mine", jake, Map.of("article", Map.of("title", " "))), "title can't be blank");
    expect(200, server.get("/api/articles/mine", null));

    var deleted = server.delete("/api/articles/mine", jake);
    assertEquals(204, deleted.statusCode());
    assertEquals("", deleted.body());
    error(404, server.get("/api/articles/mine", null));
  }

  @Test
  void deletingAnArticleDeletesItsCommentsAndFavorites() {
    String jake = server.register("jake");
    String anna = server.register("anna");
    Articles.create(server, jake, "Short lived", "gone");
    expect(200, server.post("/api/articles/short-lived/comments", anna, Map.of("comment", Map.of("body", "Hi"))));
    expect(200, server.post("/api/articles/short-lived/favorite", anna, ""));
    assertEquals(204, server.delete("/api/articles/short-lived", jake).statusCode());
    assertEquals(0, expect(200, server.get("/api/articles?favorited=anna", null)).get("articlesCount").asInt());
    assertEquals(0, expect(200, server.get("/api/tags", null)).get("tags").size());
    Articles.create(server, jake, "Short lived");
    assertEquals(0, expect(200, server.get("/api/articles/short-lived/comments", null)).get("comments").size());
  }

  static void assertTimestamp(JsonNode value) {
    assertTrue(TIMESTAMP.matcher(value.asText()).matches(), value.toString());
    assertNotEquals(null, Instant.parse(value.asText()));
  }
}
