package dev.relata.realworld;

import static dev.relata.realworld.Articles.slugs;
import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/articles} and the feed: newest first, the filters alone and together, their
 * counts independent of {@code limit}/{@code offset}, and what the caller sees.
 */
class ArticleListTest {

  private final TestServer server = TestServer.get().reset();
  private String jake;
  private String anna;
  private String bob;

  /** jake writes a (java), b (java, sql), c (sql); anna writes d (java); anna favorites a and d; bob favorites a. */
  @BeforeEach
  void articles() {
    jake = server.register("jake");
    anna = server.register("anna");
    bob = server.register("bob");
    Articles.create(server, jake, "A", "java");
    Articles.create(server, jake, "B", "sql", "java");
    Articles.create(server, jake, "C", "sql");
    Articles.create(server, anna, "D", "java");
    expect(200, server.post("/api/articles/a/favorite", anna, ""));
    expect(200, server.post("/api/articles/d/favorite", anna, ""));
    expect(200, server.post("/api/articles/a/favorite", bob, ""));
  }

  @Test
  void newestFirstWithoutBodies() {
    JsonNode answer = expect(200, server.get("/api/articles", null));
    assertEquals(List.of("d", "c", "b", "a"), slugs(answer));
    assertEquals(4, answer.get("articlesCount").asInt());
    assertTrue(answer.get("articlesCount").isIntegralNumber());
    for (JsonNode article : answer.get("articles")) {
      assertFalse(article.has("body"), article.toString());
      assertFalse(article.get("favorited").asBoolean());
      assertFalse(article.get("author").get("following").asBoolean());
      ArticlesTest.assertTimestamp(article.get("createdAt"));
    }
    JsonNode b = answer.get("articles").get(2);
    assertEquals("[\"java\",\"sql\"]", b.get("tagList").toString());
    assertEquals(2, answer.get("articles").get(3).get("favoritesCount").asInt());
  }

  @Test
  void limitAndOffsetPageTheListButNotItsCount() {
    JsonNode page = expect(200, server.get("/api/articles?limit=2&offset=1", null));
    assertEquals(List.of("c", "b"), slugs(page));
    assertEquals(4, page.get("articlesCount").asInt());
    assertEquals(List.of("a"), slugs(expect(200, server.get("/api/articles?limit=2&offset=3", null))));
    assertEquals(List.of(), slugs(expect(200, server.get("/api/articles?offset=10", null))));
    assertEquals(List.of("d"), slugs(expect(200, server.get("/api/articles?limit=1", null))));

    error(422, server.get("/api/articles?limit=0", null), "limit must be a whole number from 1 to 100");
    error(422, server.get("/api/articles?limit=101", null), "limit must be a whole number from 1 to 100");
    error(422, server.get("/api/articles?limit=ten", null), "limit must be a whole number from 1 to 100");
    error(422, server.get("/api/articles?offset=-1", null), "offset must be a whole number 0 or more");
  }

  @Test
  void filtersByTagAuthorAndFavoritedWithTheirCounts() {
    assertList("/api/articles?tag=java", 3, "d", "b", "a");
    assertList("/api/articles?tag=sql", 2, "c", "b");
    assertList("/api/articles?tag=none", 0);
    assertList("/api/articles?author=jake", 3, "c", "b", "a");
    assertList("/api/articles?author=anna", 1, "d");
    assertList("/api/articles?author=nobody", 0);
    assertList("/api/articles?author=JAKE", 3, "c", "b", "a"); // a username in any case, as the profile's
    assertList("/api/articles?favorited=anna", 2, "d", "a");
    assertList("/api/articles?favorited=bob", 1, "a");
    assertList("/api/articles?favorited=jake", 0);
    assertList("/api/articles?favorited=Anna", 2, "d", "a");
    assertList("/api/articles?tag=java&author=jake", 2, "b", "a");
    assertList("/api/articles?tag=java&favorited=anna", 2, "d", "a");
    assertList("/api/articles?tag=sql&favorited=anna", 0);
    assertList("/api/articles?tag=java&author=jake&favorited=bob&limit=1", 1, "a");
    assertList("/api/articles?tag=java&limit=1&offset=1", 3, "b");
  }

  @Test
  void aCallerSeesWhatTheyFavoriteAndWhomTheyFollow() {
    expect(200, server.post("/api/profiles/jake/follow", anna, ""));
    JsonNode answer = expect(200, server.get("/api/articles", anna));
    assertEquals(List.of("d", "c", "b", "a"), slugs(answer));
    List<Boolean> favorited = new java.util.ArrayList<>();
    List<Boolean> following = new java.util.ArrayList<>();
    for (JsonNode article : answer.get("articles")) {
      favorited.add(article.get("favorited").asBoolean());
      following.add(article.get("author").get("following").asBoolean());
    }
    assertEquals(List.of(true, false, false, true), favorited);
    assertEquals(List.of(false, true, true, true), following);
  }

  @Test
  void theFeedHoldsTheArticlesOfFollowedUsers() {
    error(401, server.get("/api/articles/feed", null));
    assertList(server.get("/api/articles/feed", bob), 0);
    expect(200, server.post("/api/profiles/anna/follow", bob, ""));
    assertList(server.get("/api/articles/feed", bob), 1, "d");
    expect(200, server.post("/api/profiles/jake/follow", bob, ""));
    JsonNode feed = expect(200, server.get("/api/articles/feed?limit=2", bob));
    assertEquals(List.of("d", "c"), slugs(feed));
    assertEquals(4, feed.get("articlesCount").asInt());
    assertTrue(feed.get("articles").get(0).get("author").get("following").asBoolean());
    assertList(server.get("/api/articles/feed?offset=3", bob), 4, "a");
    assertTrue(expect(200, server.get("/api/articles/feed?offset=3", bob)).get("articles").get(0).get("favorited").asBoolean());
  }

  private void assertList(String path, int count, String... slugs) {
    assertList(server.get(path, null), count, slugs);
  }

  private static void assertList(java.net.http.HttpResponse<String> response, int count, String... slugs) {
    JsonNode answer = expect(200, response);
    assertEquals(List.of(slugs), slugs(answer), response.uri().toString());
    assertEquals(count, answer.get("articlesCount").asInt(), response.uri().toString());
  }
}
