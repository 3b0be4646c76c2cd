package dev.relata.sample.serve;

import static dev.relata.sample.serve.TestServer.expect;
import static dev.relata.sample.serve.TestServer.json;
import static dev.relata.sample.serve.TestServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET, POST, PUT and DELETE on every entity, and what each refuses. */
class CrudRoutesTest {

  private TestServer server;

  @BeforeEach
  void emptyTables() {
    server = TestServer.get().reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "posts", "profiles", "videos", "comments", "categories", "products",
      "orders", "items", "authors", "books", "tags"})
  void everyEntityIsServed(String path) {
    JsonNode rows = expect(200, server.get("/" + path));
    assertTrue(rows.isArray() && rows.isEmpty(), rows.toString());
    problem(404, "with id 1", server.get("/" + path + "/1"));
  }

  @Test
  void postStoresTheRowAndSaysWhere() {
    HttpResponse<String> response = server.post("/users", "{\"name\": \"Alice\"}");
    JsonNode alice = expect(201, response);
    assertEquals("{\"id\":1,\"name\":\"Alice\"}", alice.toString());
    assertEquals("/users/1", response.headers().firstValue("Location").orElseThrow());
    assertEquals(alice, expect(200, server.get("/users/1")));
  }

  @Test
  void listIsOrderedByIdWithLimitAndOffset() {
    for (String name : new String[] {"a", "b", "c", "d"}) {
      expect(201, server.post("/users", "{\"name\": \"" + name + "\"}"));
    }
    assertEquals("[1,2,3,4]", ids(server.get("/users")));
    assertEquals("[2,3]", ids(server.get("/users?limit=2&offset=1")));
    assertEquals("[]", ids(server.get("/users?offset=10")));
    problem(400, "limit must be an integer from 1 to 1000", server.get("/users?limit=0"));
    problem(400, "limit must be an integer from 1 to 1000", server.get("/users?limit=1001"));
    problem(400, "offset must be an integer 0 or more", server.get("/users?offset=-1"));
    problem(400, "got \"x\"", server.get("/users?limit=x"));
  }

  @Test
  void javaTimeAndDecimalsAreIsoStringsAndExactNumbers() {
    JsonNode order = expect(201, server.post("/orders",
        "{\"customer\": \"Bob\", \"placedAt\": \"2026-01-31T10:15:30+01:00\"}"));
    assertEquals("2026-01-31T09:15:30Z", order.get("placedAt").asText());
    HttpResponse<String> product = server.post("/products", "{\"name\": \"pen\", \"price\": 12.30}");
    assertTrue(expect(201, product).isObject());
    assertTrue(product.body().contains("\"price\":12.30"), product.body());
    problem(400, "field \"placedAt\" of Order must be an ISO-8601 date-time",
        server.post("/orders", "{\"customer\": \"Bob\", \"placedAt\": 5}"));
  }

  @Test
  void putReplacesTheRow() {
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    assertEquals("{\"id\":1,\"name\":\"Alicia\"}",
        expect(200, server.put("/users/1", "{\"name\": \"Alicia\"}")).toString());
    assertEquals("Alicia", expect(200, server.get("/users/1")).get("name").asText());
    expect(200, server.put("/users/1", "{\"id\": 1, \"name\": \"Al\"}"));
    problem(400, "differs from the id in the path", server.put("/users/1", "{\"id\": 2, \"name\": \"x\"}"));
    problem(404, "no User with id 9", server.put("/users/9", "{\"name\": \"x\"}"));
    problem(400, "must be an integer, got \"abc\"", server.put("/users/abc", "{\"name\": \"x\"}"));
  }

  @Test
  void deleteRemovesTheRowOnce() {
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    expect(204, server.delete("/users/1"));
    problem(404, "no User with id 1", server.get("/users/1"));
    problem(404, "no User with id 1", server.delete("/users/1"));
    problem(400, "must be an integer", server.delete("/users/one"));
  }

  @Test
  void deleteBlockedByAnAssociationNamesItAndChangesNothing() {
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    expect(201, server.post("/users/1/posts", "{\"title\": \"Hello\"}"));
    assertDetail("User 1 still has posts; delete or unlink them first, e.g. PUT /users/1/posts with []",
        problem(409, "", server.delete("/users/1")));
    expect(200, server.get("/users/1"));
    assertEquals(1, json(server.get("/users/1/posts")).size());

    expect(201, server.post("/users", "{\"name\": \"Bob\"}"));
    expect(201, server.post("/users/2/profile", "{\"bio\": \"hi\"}"));
    assertDetail("User 2 still has profile; delete or unlink it first, e.g. PUT /users/2/profile with null",
        problem(409, "", server.delete("/users/2")));
  }

  @Test
  void integrityRefusalsAreConflicts() {
    expect(201, server.post("/users", "{\"id\": 7, \"name\": \"Alice\"}"));
    assertDetail("there is already a User with id 7",
        problem(409, "", server.post("/users", "{\"id\": 7, \"name\": \"Eve\"}")));
    assertDetail("\"userId\" of Post: there is no User with id 99",
        problem(409, "", server.post("/posts", "{\"title\": \"x\", \"userId\": 99}")));
    assertEquals("Alice", expect(200, server.get("/users/7")).get("name").asText());
    assertEquals(0, json(server.get("/posts")).size());
  }

  @Test
  void bodiesAreReadStrictly() {
    problem(400, "malformed JSON", server.post("/users", "{\"name\": "));
    problem(400, "malformed JSON", server.post("/users", "{\"name\": \"a\"} trailing"));
    problem(400, "malformed JSON", server.post("/users", "{\"name\": \"a\"} {}"));
    problem(400, "the body is empty", server.post("/users", ""));
    problem(400, "Duplicate field 'name'", server.post("/users", "{\"name\": \"a\", \"name\": \"b\"}"));
    problem(400, "nesting depth", server.post("/users", "[".repeat(2000) + "]".repeat(2000)));
    problem(400, "expected a JSON object for User, got null", server.post("/users", "null"));
    problem(400, "expected a JSON object for User, got array", server.post("/users", "[]"));
    problem(400, "field \"name\" of User must be a string, got 5", server.post("/users", "{\"name\": 5}"));
    problem(400, "field \"userId\" of Post must be an integer, got \"7\"",
        server.post("/posts", "{\"title\": \"x\", \"userId\": \"7\"}"));
    problem(400, "field \"userId\" of Post must be an integer, got 1.5",
        server.post("/posts", "{\"title\": \"x\", \"userId\": 1.5}"));
    problem(400, "unknown field \"nam\" for User; its fields: id, name",
        server.post("/users", "{\"nam\": \"a\"}"));
    problem(400, "missing required field \"quantity\" (an integer) for Item",
        server.post("/items", "{\"sku\": \"a\", \"orderId\": 1}"));
    assertEquals(0, json(server.get("/users")).size());
  }

  @Test
  void aStringPostgresCannotStoreIsABadRequest() {
    problem(400, "PostgreSQL cannot store a value", server.post("/users", "{\"name\": \"a\\u0000b\"}"));
    assertEquals(0, json(server.get("/users")).size());
  }

  @Test
  void unknownRoutesAreProblemsToo() {
    HttpResponse<String> response = server.get("/nothing");
    problem(404, "GET /nothing not found", response);
    assertFalse(response.body().contains("Exception"), response.body());
  }

  @Test
  void aMethodAKnownRouteLacksIsNotAllowed() {
    HttpResponse<String> collection = server.send("DELETE", "/users");
    problem(405, "DELETE /users is not allowed; allowed: GET, POST", collection);
    assertEquals("GET, POST", collection.headers().firstValue("Allow").orElseThrow());
    HttpResponse<String> row = server.send("PATCH", "/users/1");
    problem(405, "PATCH /users/1 is not allowed; allowed: GET, PUT, DELETE", row);
    assertEquals("GET, PUT, DELETE", row.headers().firstValue("Allow").orElseThrow());
    assertEquals("GET, POST, PUT",
        server.send("DELETE", "/users/1/posts").headers().firstValue("Allow").orElseThrow());
  }

  /** The detail is exactly the API's words: no table, column or constraint of the database. */
  private static void assertDetail(String expected, JsonNode problem) {
    assertEquals(expected, problem.get("detail").asText());
  }

  private static String ids(HttpResponse<String> response) {
    StringBuilder ids = new StringBuilder("[");
    expect(200, response).forEach(row -> ids.append(ids.length() > 1 ? "," : "").append(row.get("id")));
    return ids.append(']').toString();
  }
}
