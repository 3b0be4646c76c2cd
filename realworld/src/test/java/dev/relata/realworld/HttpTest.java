package dev.relata.realworld;

import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static dev.relata.realworld.TestServer.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every answer shares: CORS, Server-Timing, the error shape, and no database text. */
class HttpTest {

  private final TestServer server = TestServer.get().reset();

  @Test
  void answersPreflightRequestsFromAnyOrigin() {
    var preflight = server.send(server.request("/api/articles", null)
        .header("Origin", "http://localhost:4200")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, preflight.statusCode(), preflight.body());
    assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    String headers = preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
    assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));

    var get = server.send(server.request("/api/tags", null).header("Origin", "http://localhost:4200").GET());
    assertEquals(200, get.statusCode());
    assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());

    // A path with parameters, and an error: a browser reads neither without the header.
    var nested = server.send(server.request("/api/articles/some-slug/comments/7", null)
        .header("Origin", "http://localhost:4200")
        .header("Access-Control-Request-Method", "DELETE")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, nested.statusCode(), nested.body());
    assertTrue(nested.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("DELETE"));
    var refused = server.send(server.request("/api/user", null).header("Origin", "http://localhost:4200").GET());
    error(401, refused);
    assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
  }

  @Test
  void theTablesAreInTheirOwnSchema() {
    List<String> schemas = server.dsl().meta().getTables().stream()
        .filter(table -> table.getName().equals("articles"))
        .map(table -> table.getSchema().getName())
        .toList();
    // The app itself (its process test, or a user's run on the same server) keeps its own schema,
    // realworld, beside this one; public never holds them.
    assertTrue(schemas.contains(TestServer.SCHEMA), schemas.toString());
    assertFalse(schemas.contains("public"), schemas.toString());
  }

  @Test
  void everyAnswerCountsItsStatements() {
    assertEquals(1, statements(server.get("/api/tags", null)));
    assertEquals(0, statements(server.get("/api/user", null))); // refused before any statement
    error(404, server.get("/api/nothing", null));
    assertEquals(0, statements(server.get("/api/nothing", null)));
  }

  @Test
  void whatTheDatabaseCannotStoreIsRefusedBeforeAnyStatement() {
    String jake = server.register("jake");
    // PostgreSQL's text cannot hold a NUL character.
    var response = server.post("/api/articles", jake, Map.of("article",
        Map.of("title", "Nul", "description", "a\u0000b", "body", "b", "tagList", java.util.List.of("a\u0000"))));
    error(422, response, "description may not hold the character U+0000", "tagList may not hold the character U+0000");
    assertEquals(0, statements(response));
    assertEquals(0, expect(200, server.get("/api/articles", null)).get("articlesCount").asInt());
  }
}
