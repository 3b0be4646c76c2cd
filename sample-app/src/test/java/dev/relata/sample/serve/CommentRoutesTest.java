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

/**
 * Comments over HTTP: a post's approved ones (a scoped {@code @HasMany}), and a comment's
 * {@code commentable}, a post or a video (a polymorphic {@code @BelongsTo}), as routes and as
 * {@code ?include=}.
 */
class CommentRoutesTest {

  private TestServer server;

  @BeforeEach
  void aPostAndAVideoWithComments() {
    server = TestServer.get().reset();
    expect(201, server.post("/users", "{\"name\": \"Alice\"}"));
    expect(201, server.post("/users/1/posts", "{\"title\": \"Hello\"}"));
    expect(201, server.post("/videos", "{\"title\": \"Intro\"}"));
    expect(201, server.post("/posts/1/comments", "{\"body\": \"Nice\", \"status\": \"APPROVED\"}"));
    expect(201, server.post("/posts/1/comments", "{\"body\": \"Spam\", \"status\": \"PENDING\"}"));
    JsonNode talk = expect(201, server.post("/videos/1/comments", "{\"body\": \"Great talk\"}"));
    assertEquals("{\"id\":3,\"body\":\"Great talk\",\"status\":null,\"commentableId\":1,\"commentableType\":\"Video\"}",
        talk.toString());
  }

  @Test
  void approvedCommentsAreAScope() {
    JsonNode approved = expect(200, server.get("/posts/1/approvedComments"));
    assertEquals(1, approved.size());
    assertEquals("Nice", approved.get(0).get("body").asText());
    assertEquals(2, expect(200, server.get("/posts/1/comments")).size());
    assertEquals(1, expect(200, server.get("/videos/1/comments")).size(), "post 1 and video 1 each see their own");

    HttpResponse<String> response = server.get("/posts?include=comments,approvedComments");
    JsonNode posts = expect(200, response);
    assertEquals(3, statements(response));
    assertEquals(2, posts.get(0).get("comments").size());
    assertEquals("Nice", posts.get(0).get("approvedComments").get(0).get("body").asText());
  }

  @Test
  void aNewApprovedCommentIsApproved() {
    JsonNode created = expect(201, server.post("/posts/1/approvedComments", "{\"body\": \"Agreed\"}"));
    assertEquals("APPROVED", created.get("status").asText());
    assertEquals("Post", created.get("commentableType").asText());
    JsonNode refused = problem(400, "the new Comment is out of its scope: its status is not APPROVED (give it"
        + " APPROVED or null); nothing was changed",
        server.post("/posts/1/approvedComments", "{\"body\": \"Later\", \"status\": \"PENDING\"}"));
    assertEquals("tag:relata.dev,2026:refused", refused.get("type").asText());
    problem(400, "Comment 2 is out of its scope", server.put("/posts/1/approvedComments", "[1, 2]"));
    assertEquals(2, expect(200, server.get("/posts/1/approvedComments")).size(), "nothing changed");
  }

  @Test
  void aCommentsCommentableIsAPostOrAVideo() {
    assertEquals("{\"id\":1,\"title\":\"Hello\",\"content\":null,\"userId\":1}",
        expect(200, server.get("/comments/1/commentable")).toString());
    assertEquals("{\"id\":1,\"title\":\"Intro\"}", expect(200, server.get("/comments/3/commentable")).toString());
    assertEquals("Alice", expect(200, server.get("/comments/1/commentable?include=user")).get("user").get("name").asText());

    expect(204, server.put("/comments/3/commentable", "{\"type\": \"Post\", \"id\": 1}"));
    assertEquals("Hello", expect(200, server.get("/comments/3/commentable")).get("title").asText());
    assertEquals(0, expect(200, server.get("/videos/1/comments")).size());
    expect(204, server.put("/comments/3/commentable", "null"));
    problem(404, "Comment 3 has no commentable", server.get("/comments/3/commentable"));

    problem(400, "expected {\"type\": \"Post\" or \"Video\", \"id\": <integer>} to link a row or null to unlink",
        server.put("/comments/3/commentable", "{\"type\": \"Image\", \"id\": 1}"));
    problem(409, "no Video with id 99", server.put("/comments/3/commentable", "{\"type\": \"Video\", \"id\": 99}"));
  }

  @Test
  void includeCommentableReadsOneStatementPerKind() {
    for (int i = 2; i <= 50; i++) {
      expect(201, server.post("/users/1/posts", "{\"title\": \"post" + i + "\"}"));
      expect(201, server.post("/videos", "{\"title\": \"video" + i + "\"}"));
      expect(201, server.post("/posts/" + i + "/comments", "{\"body\": \"on post" + i + "\"}"));
      expect(201, server.post("/videos/" + i + "/comments", "{\"body\": \"on video" + i + "\"}"));
    }
    HttpResponse<String> response = server.get("/comments?include=commentable&limit=200");
    JsonNode comments = expect(200, response);
    assertEquals(101, comments.size());
    // the comments; the posts; the videos
    assertEquals(3, statements(response));
    assertEquals("Intro", comments.get(2).get("commentable").get("title").asText());
    assertEquals("post50", comments.get(99).get("commentable").get("title").asText());
    assertEquals("video50", comments.get(100).get("commentable").get("title").asText());

    expect(204, server.put("/comments/3/commentable", "null"));
    assertTrue(expect(200, server.get("/comments/3?include=commentable")).get("commentable").isNull());
    assertEquals(2, statements(server.get("/comments/1?include=commentable")));
  }

  @Test
  void nothingNestsUnderAPolymorphicInclude() {
    problem(400, "unknown include \"commentable.user\" for comments: nothing nests under \"commentable\", which"
        + " is one of posts, videos", server.get("/comments?include=commentable.user"));
    problem(400, "valid: commentable", server.get("/comments?include=post"));
  }

  @Test
  void aPostWithCommentsCannotBeDeleted() {
    problem(409, "Post 1 still has comments; delete or unlink them first, e.g. PUT /posts/1/comments with []",
        server.delete("/posts/1"));
    problem(409, "Video 1 still has comments", server.delete("/videos/1"));
    expect(204, server.put("/posts/1/comments", "[]"));
    HttpResponse<String> deleted = server.delete("/posts/1");
    expect(204, deleted);
    // the post, its comments, the delete
    assertEquals(3, statements(deleted));
    assertTrue(expect(200, server.get("/comments/1")).get("commentableId").isNull());
  }
}
