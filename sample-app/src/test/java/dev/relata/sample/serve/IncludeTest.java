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
  void nestedIncludesLoadLevelByLevel() {
    for (int user = 1; user <= 2; user++) {
      expect(201, server.post("/users", "{\"name\": \"user" + user + "\"}"));
      for (int post = 1; post <= 2; post++) {
        expect(201, server.post("/users/" + user + "/posts", "{\"title\": \"post" + user + post + "\"}"));
      }
    }
    expect(201, server.post("/posts/1/comments", "{\"body\": \"first\"}"));
    expect(201, server.post("/posts/1/comments", "{\"body\": \"second\"}"));
    expect(201, server.post("/posts/4/comments", "{\"body\": \"on 4\"}"));
    expect(201, server.post("/posts/4/tags", "{\"name\": \"java\"}"));
    HttpResponse<String> response = server.get("/users?include=posts.comments,posts.tags,profile");
    JsonNode users = expect(200, response);
    // users; posts; the comments and tags of every post at once; profiles
    assertEquals(5, statements(response));
    JsonNode firstPost = users.get(0).get("posts").get(0);
    assertEquals("post11", firstPost.get("title").asText());
    assertEquals(2, firstPost.get("comments").size());
    assertEquals("second", firstPost.get("comments").get(1).get("body").asText());
    assertEquals(0, firstPost.get("tags").size());
    JsonNode lastPost = users.get(1).get("posts").get(1);
    assertEquals("on 4", lastPost.get("comments").get(0).get("body").asText());
    assertEquals("java", lastPost.get("tags").get(0).get("name").asText());
    assertTrue(users.get(0).get("profile").isNull());

    JsonNode deep = expect(200, server.get("/posts/4?include=user.posts.tags"));
    assertEquals("java", deep.get("user").get("posts").get(1).get("tags").get(0).get("name").asText());
  }

  @Test
  void unknownNestedIncludeListsTheValidOnesAtItsLevel() {
    problem(400, "unknown include \"posts.coments\" for users; valid after \"posts.\": user, comments, approvedComments, tags",
        server.get("/users?include=profile,posts.coments"));
  }

  @Test
  void unknownIncludeListsTheValidOnes() {
    problem(400, "unknown include \"comments\" for users; valid: posts, profile",
        server.get("/users?include=posts,comments"));
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    problem(400, "valid: posts, profile", server.get("/users/1?include=post"));
    problem(400, "valid: user, comments, approvedComments, tags", server.get("/users/1/posts?include=x"));
  }
}
