package dev.relata.sample.serve;

import static dev.relata.sample.serve.TestServer.expect;
import static dev.relata.sample.serve.TestServer.json;
import static dev.relata.sample.serve.TestServer.problem;
import static dev.relata.sample.serve.TestServer.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated association methods as routes: get, create, set, for each kind. */
class AssociationRoutesTest {

  private TestServer server;

  @BeforeEach
  void aliceAndBob() {
    server = TestServer.get().reset();
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    expect(201, server.post("/users", "{\"name\": \"Bob\"}"));
  }

  @Test
  void hasManyGetCreateSet() {
    HttpResponse<String> created = server.post("/users/1/posts", "{\"title\": \"Hello\", \"content\": \"x\"}");
    assertEquals("{\"id\":1,\"title\":\"Hello\",\"content\":\"x\",\"userId\":1}", expect(201, created).toString());
    assertEquals("/posts/1", created.headers().firstValue("Location").orElseThrow());
    expect(201, server.post("/users/1/posts", "{\"title\": \"World\"}"));
    expect(201, server.post("/posts", "{\"title\": \"Loose\"}"));
    assertEquals("[\"Hello\",\"World\"]", titles(server.get("/users/1/posts")));

    expect(204, server.put("/users/2/posts", "[1, 3]"));
    assertEquals("[\"Hello\",\"Loose\"]", titles(server.get("/users/2/posts")));
    assertEquals("[\"World\"]", titles(server.get("/users/1/posts")));
    expect(204, server.put("/users/2/posts", "[]"));
    assertEquals("[]", titles(server.get("/users/2/posts")));
  }

  @Test
  void hasManyRefusals() {
    expect(201, server.post("/users/1/posts", "{\"title\": \"Hello\"}"));
    problem(404, "no User with id 9", server.get("/users/9/posts"));
    problem(404, "no User with id 9", server.post("/users/9/posts", "{\"title\": \"x\"}"));
    problem(404, "no User with id 9", server.put("/users/9/posts", "[1]"));
    problem(409, "no Post with id 42", server.put("/users/2/posts", "[1, 42]"));
    problem(400, "expected a JSON array of integer ids", server.put("/users/2/posts", "{\"id\": 1}"));
    problem(400, "element 1 is \"2\"", server.put("/users/2/posts", "[1, \"2\"]"));
    problem(400, "field \"title\" of Post must be a string", server.post("/users/1/posts", "{\"title\": 1}"));
    // Nothing changed on the refused set.
    assertEquals("[\"Hello\"]", titles(server.get("/users/1/posts")));
    assertEquals(1, json(server.get("/posts")).size());
  }

  @Test
  void hasOneGetCreateSetUnlink() {
    problem(404, "User 1 has no profile", server.get("/users/1/profile"));
    HttpResponse<String> created = server.post("/users/1/profile", "{\"bio\": \"hi\"}");
    assertEquals("{\"id\":1,\"bio\":\"hi\",\"userId\":1}", expect(201, created).toString());
    assertEquals("/profiles/1", created.headers().firstValue("Location").orElseThrow());
    assertEquals("hi", expect(200, server.get("/users/1/profile")).get("bio").asText());

    expect(204, server.put("/users/2/profile", "{\"id\": 1}"));
    assertEquals(2, expect(200, server.get("/profiles/1")).get("userId").asLong());
    problem(404, "User 1 has no profile", server.get("/users/1/profile"));
    expect(204, server.put("/users/2/profile", "null"));
    problem(404, "User 2 has no profile", server.get("/users/2/profile"));
    problem(409, "no Profile with id 5", server.put("/users/2/profile", "{\"id\": 5}"));
    problem(400, "expected {\"id\": <integer>}", server.put("/users/2/profile", "{\"id\": \"1\"}"));
  }

  @Test
  void belongsToGetSetCreate() {
    expect(201, server.post("/posts", "{\"title\": \"Hello\"}"));
    problem(404, "Post 1 has no user", server.get("/posts/1/user"));
    problem(404, "no Post with id 9", server.get("/posts/9/user"));
    expect(204, server.put("/posts/1/user", "{\"id\": 2}"));
    assertEquals("Bob", expect(200, server.get("/posts/1/user")).get("name").asText());
    problem(409, "no User with id 77", server.put("/posts/1/user", "{\"id\": 77}"));
    assertEquals("Bob", expect(200, server.get("/posts/1/user")).get("name").asText());
    expect(204, server.put("/posts/1/user", "null"));
    problem(404, "Post 1 has no user", server.get("/posts/1/user"));

    HttpResponse<String> created = server.post("/posts/1/user", "{\"name\": \"Carol\"}");
    assertEquals("{\"id\":3,\"name\":\"Carol\"}", expect(201, created).toString());
    assertEquals("/users/3", created.headers().firstValue("Location").orElseThrow());
    assertEquals(3, expect(200, server.get("/posts/1")).get("userId").asLong());
  }

  @Test
  void belongsToManyGetCreateSet() {
    expect(201, server.post("/posts", "{\"title\": \"Hello\"}"));
    expect(201, server.post("/tags", "{\"name\": \"java\"}"));
    expect(201, server.post("/tags", "{\"name\": \"sql\"}"));
    expect(204, server.put("/posts/1/tags", "[2, 1]"));
    assertEquals("[\"java\",\"sql\"]", names(server.get("/posts/1/tags")));
    assertEquals("[\"Hello\"]", titles(server.get("/tags/2/posts")));
    expect(201, server.post("/posts/1/tags", "{\"name\": \"http\"}"));
    assertEquals("[\"java\",\"sql\",\"http\"]", names(server.get("/posts/1/tags")));
    expect(204, server.put("/posts/1/tags", "[3]"));
    assertEquals("[\"http\"]", names(server.get("/posts/1/tags")));
    problem(409, "no Tag with id 9", server.put("/posts/1/tags", "[1, 9]"));
    assertEquals("[\"http\"]", names(server.get("/posts/1/tags")));
  }

  @Test
  void everyAssociationHasItsRoutes() {
    problem(404, "no Category with id 1", server.post("/categories/1/products", "{\"name\": \"pen\"}"));
    expect(201, server.post("/categories", "{\"name\": \"office\"}"));
    expect(201, server.post("/categories/1/products", "{\"name\": \"pen\", \"price\": 1.5}"));
    assertEquals("office", expect(200, server.get("/products/1/category")).get("name").asText());
    expect(201, server.post("/orders", "{\"customer\": \"Bob\"}"));
    expect(201, server.post("/orders/1/items", "{\"sku\": \"pen\", \"quantity\": 2}"));
    assertEquals("Bob", expect(200, server.get("/items/1/order")).get("customer").asText());
    expect(201, server.post("/authors", "{\"name\": \"Ann\"}"));
    expect(201, server.post("/authors/1/books", "{\"title\": \"Java\"}"));
    assertEquals("Ann", expect(200, server.get("/books/1/author")).get("name").asText());
    expect(201, server.post("/users/1/posts", "{\"title\": \"Hello\"}"));
    expect(201, server.post("/posts/1/comments", "{\"body\": \"nice\"}"));
    assertEquals("Hello", expect(200, server.get("/comments/1/commentable")).get("title").asText());
    expect(201, server.post("/users/1/profile", "{\"bio\": \"hi\"}"));
    assertEquals("Alice", expect(200, server.get("/profiles/1/user")).get("name").asText());
  }

  @Test
  void aNotNullForeignKeyCannotBeUnlinked() {
    expect(201, server.post("/orders", "{\"customer\": \"Bob\"}"));
    expect(201, server.post("/orders/1/items", "{\"sku\": \"pen\", \"quantity\": 2}"));
    assertEquals(1, expect(200, server.get("/items/1")).get("orderId").asLong());
    JsonNode refused = problem(400, "Item 1 cannot be unlinked from its order, which it requires; link another"
        + " with {\"id\": ...} or DELETE /items/1", server.put("/items/1/order", "null"));
    assertEquals("tag:relata.dev,2026:null-value", refused.get("type").asText());
    assertEquals(0, statements(server.put("/items/1/order", "null")) - 1, "only the item is read");
    assertEquals(1, expect(200, server.get("/items/1")).get("orderId").asLong());
    // Unlinking from the parent's side deletes the child instead (its key cannot be NULL).
    expect(204, server.put("/orders/1/items", "[]"));
    problem(404, "no Item with id 1", server.get("/items/1"));
  }

  @Test
  void aNestedCreateNamingAnotherOwnerIsRefused() {
    JsonNode refused = problem(400, "the body's userId 2 differs from the id in the path, 1; leave it out",
        server.post("/users/1/posts", "{\"title\": \"Hello\", \"userId\": 2}"));
    assertEquals("tag:relata.dev,2026:id-mismatch", refused.get("type").asText());
    problem(400, "the body's orderId 7 differs from the id in the path, 1",
        server.post("/orders/1/items", "{\"sku\": \"pen\", \"quantity\": 2, \"orderId\": 7}"));
    problem(400, "field \"userId\" of Post must be an integer, got \"2\"",
        server.post("/users/1/posts", "{\"title\": \"Hello\", \"userId\": \"2\"}"));
    assertEquals(0, json(server.get("/posts")).size());
    assertEquals(1, expect(201, server.post("/users/1/posts", "{\"title\": \"Hi\", \"userId\": 1}"))
        .get("userId").asLong());
  }

  private static String titles(HttpResponse<String> response) {
    return field(response, "title");
  }

  private static String names(HttpResponse<String> response) {
    return field(response, "name");
  }

  private static String field(HttpResponse<String> response, String name) {
    StringBuilder values = new StringBuilder("[");
    for (JsonNode row : expect(200, response)) {
      values.append(values.length() > 1 ? "," : "").append(row.get(name));
    }
    return values.append(']').toString();
  }
}
