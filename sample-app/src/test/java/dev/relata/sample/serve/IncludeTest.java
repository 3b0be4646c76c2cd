package dev.relata.sample.serve;

import static dev.relata.sample.serve.TestServer.expect;
import static dev.relata.sample.serve.TestServer.problem;
import static dev.relata.sample.serve.TestServer.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ?include=}: associated rows embedded, one statement per include whatever the row count. */
class IncludeTest {

  private TestServer server;

  @BeforeEach
  void emptyTables() {
    server = TestServer.get().reset();
  }

  @Test
  void oneRowWithPostsAndProfile() {
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    expect(201, server.post("/users/1/posts", "{\"title\": \"Hello\"}"));
    expect(201, server.post("/users/1/posts", "{\"title\": \"World\"}"));
    HttpResponse<String> response = server.get("/users/1?include=posts,profile");
    JsonNode alice = expect(200, response);
    assertEquals(2, alice.get("posts").size());
    assertEquals("World", alice.get("posts").get(1).get("title").asText());
    assertTrue(alice.get("profile").isNull(), alice.toString());
    assertEquals(3, statements(response));
    assertEquals(1, statements(server.get("/users/1")));
  }

  @Test
  void hundredRowsCostThreeStatements() {
    for (int i = 1; i <= 100; i++) {
      expect(201, server.post("/users", "{\"name\": \"user" + i + "\"}"));
      expect(201, server.post("/users/" + i + "/posts", "{\"title\": \"post" + i + "\"}"));
      if (i % 2 == 0) {
        expect(201, server.post("/users/" + i + "/profile", "{\"bio\": \"bio" + i + "\"}"));
      }
    }
    HttpResponse<String> response = server.get("/users?include=posts,profile");
    JsonNode users = expect(200, response);
    assertEquals(100, users.size());
    assertEquals(3, statements(response));
    assertEquals("post37", users.get(36).get("posts").get(0).get("title").asText());
    assertTrue(users.get(36).get("profile").isNull());
    assertEquals("bio38", users.get(37).get("profile").get("bio").asText());
    assertEquals(1, statements(server.get("/users")));
  }

  @Test
  void includeOnAnAssociationRouteAndOnManyToMany() {
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    expect(201, server.post("/users/1/posts", "{\"title\": \"Hello\"}"));
    expect(201, server.post("/posts/1/tags", "{\"name\": \"java\"}"));
    HttpResponse<String> response = server.get("/users/1/posts?include=tags,user");
    JsonNode posts = expect(200, response);
    assertEquals("java", posts.get(0).get("tags").get(0).get("name").asText());
    assertEquals("Alice", posts.get(0).get("user").get("name").asText());
    assertEquals(4, statements(response));
  }

  @Test
  void unknownIncludeListsTheValidOnes() {
    problem(400, "unknown include \"comments\" for users; valid: posts, profile",
        server.get("/users?include=posts,comments"));
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    problem(400, "valid: posts, profile", server.get("/users/1?include=post"));
    problem(400, "valid: user, comments, tags", server.get("/users/1/posts?include=x"));
  }
}
