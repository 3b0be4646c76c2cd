package dev.relata.realworld;

import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comments of an article. */
class CommentsTest {

  private final TestServer server = TestServer.get().reset();
  private String jake;
  private String anna;

  @BeforeEach
  void article() {
    jake = server.register("jake");
    anna = server.register("anna");
    Articles.create(server, jake, "Dragons");
  }

  @Test
  void addsAndListsCommentsNewestFirst() {
    JsonNode first = expect(200, server.post("/api/articles/dragons/comments", anna,
        Map.of("comment", Map.of("body", "His name was my name too.")))).get("comment");
    assertEquals(List.of("id", "createdAt", "updatedAt", "body", "author"), UsersTest.names(first));
    assertTrue(first.get("id").isIntegralNumber());
    ArticlesTest.assertTimestamp(first.get("createdAt"));
    ArticlesTest.assertTimestamp(first.get("updatedAt"));
    assertEquals("His name was my name too.", first.get("body").asText());
    assertEquals("anna", first.get("author").get("username").asText());
    assertTrue(first.get("author").get("bio").isNull());
    assertFalse(first.get("author").get("following").asBoolean());
    expect(200, server.post("/api/articles/dragons/comments", jake, Map.of("comment", Map.of("body", "Second"))));

    JsonNode comments = expect(200, server.get("/api/articles/dragons/comments", null)).get("comments");
    assertEquals(List.of("Second", "His name was my name too."), bodies(comments));
    assertEquals(first, comments.get(1));

    expect(200, server.post("/api/profiles/anna/follow", jake, ""));
    comments = expect(200, server.get("/api/articles/dragons/comments", jake)).get("comments");
    assertFalse(comments.get(0).get("author").get("following").asBoolean()); // jake's own
    assertTrue(comments.get(1).get("author").get("following").asBoolean());
  }

  @Test
  void refusesInvalidComments() {
    error(401, server.post("/api/articles/dragons/comments", null, Map.of("comment", Map.of("body", "x"))));
    error(422, server.post("/api/articles/dragons/comments", anna, Map.of("comment", Map.of("body", ""))),
        "body can't be blank");
    error(422, server.post("/api/articles/dragons/comments", anna, Map.of("body", "x")));
    error(404, server.post("/api/articles/nothing/comments", anna, Map.of("comment", Map.of("body", "x"))));
    error(404, server.get("/api/articles/nothing/comments", null));
    assertEquals(0, expect(200, server.get("/api/articles/dragons/comments", null)).get("comments").size());
  }

  @Test
  void onlyItsAuthorDeletesAComment() {
    long id = expect(200, server.post("/api/articles/dragons/comments", anna,
        Map.of("comment", Map.of("body", "Mine")))).get("comment").get("id").asLong();
    Articles.create(server, jake, "Other");
    error(403, server.delete("/api/articles/dragons/comments/" + id, jake)); // even the article's author
    error(401, server.delete("/api/articles/dragons/comments/" + id, null));
    error(404, server.delete("/api/articles/other/comments/" + id, anna)); // not on that article
    error(404, server.delete("/api/articles/dragons/comments/" + (id + 1), anna));
    error(404, server.delete("/api/articles/dragons/comments/x", anna));
    error(404, server.delete("/api/articles/nothing/comments/" + id, anna));

    var deleted = server.delete("/api/articles/dragons/comments/" + id, anna);
    assertEquals(204, deleted.statusCode());
    assertEquals(0, expect(200, server.get("/api/articles/dragons/comments", null)).get("comments").size());
    error(404, server.delete("/api/articles/dragons/comments/" + id, anna));
  }

  private static List<String> bodies(JsonNode comments) {
    List<String> bodies = new ArrayList<>();
    comments.forEach(comment -> bodies.add(comment.get("body").asText()));
    return bodies;
  }
}
