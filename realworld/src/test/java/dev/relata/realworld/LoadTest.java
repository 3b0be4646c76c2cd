package dev.relata.realworld;

import static dev.relata.realworld.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 clients at once, each a fixed script of registering, following the client before it,
 * writing articles with tags all clients share (so that they race to create them), favoriting and
 * commenting them, reading lists and the feed, and deleting every third article: no 5xx, every
 * answer the status its script expects, and the rows at the end exactly what the clients did.
 */
class LoadTest {

  private static final int CLIENTS = 32;
  private static final int ROUNDS = 3;

  private final TestServer server = TestServer.get().reset();
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

  @Test
  void concurrentClientsLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<String> tokens = new ArrayList<>();
    List<Future<String>> registered = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int number = c;
      registered.add(pool.submit(() -> check(201, server.post("/api/users", null, Map.of("user", Map.of(
          "username", "client" + number, "email", "client" + number + "@example.com", "password", "pw"))))
          .get("user").get("token").asText()));
    }
    for (Future<String> token : registered) {
      tokens.add(token.get());
    }
    List<Future<?>> clients = new ArrayList<>();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int c = 0; c < CLIENTS; c++) {
        int number = c;
        clients.add(pool.submit(() -> run(number, tokens.get(number))));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    });
    pool.shutdown();

    assertEquals(Map.of(), serverErrors(), "no 5xx");
    // Per client: its registration, a follow, and per round: a create, a favorite, a comment, a
    // list page and a feed page; a delete every third round.
    int deletes = ROUNDS / 3;
    assertEquals(CLIENTS * (2 + 5 * ROUNDS + deletes), requests.get());

    int kept = ROUNDS - deletes;
    assertEquals(CLIENTS * kept, json(server.get("/api/articles?limit=1", null)).get("articlesCount").asInt());
    // t0..t3 on every article, and each client's own tag on its own.
    assertEquals(4 + CLIENTS, json(server.get("/api/tags", null)).get("tags").size());
    for (int c = 0; c < CLIENTS; c++) {
      String name = "client" + c;
      JsonNode own = json(server.get("/api/articles?author=" + name + "&limit=100", tokens.get(c)));
      assertEquals(kept, own.get("articlesCount").asInt(), name);
      for (JsonNode article : own.get("articles")) {
        assertEquals(1, article.get("favoritesCount").asInt(), article.toString());
        assertEquals(true, article.get("favorited").asBoolean(), article.toString());
        assertEquals(5, article.get("tagList").size(), article.toString());
        String slug = article.get("slug").asText();
        assertEquals(1, json(server.get("/api/articles/" + slug + "/comments", null)).get("comments").size());
      }
      assertEquals(kept, json(server.get("/api/articles?favorited=" + name, null)).get("articlesCount").asInt());
      assertEquals(kept, json(server.get("/api/articles?tag=own" + c, null)).get("articlesCount").asInt());
      // The next client follows this one, and no one else.
      JsonNode feed = json(server.get("/api/articles/feed?limit=100", tokens.get((c + 1) % CLIENTS)));
      assertEquals(own.get("articles"), withoutFollowing(feed.get("articles")), "feed of the client after " + name);
    }
  }

  /** A client's script; its articles are {@code c<number>-r<round>}. */
  private void run(int number, String token) {
    int previous = (number + CLIENTS - 1) % CLIENTS;
    check(200, server.post("/api/profiles/client" + previous + "/follow", token, ""));
    for (int round = 0; round < ROUNDS; round++) {
      String slug = check(201, server.post("/api/articles", token, Map.of("article", Map.of(
          "title", "c" + number + " r" + round, "description", "d", "body", "b",
          "tagList", List.of("t" + round % 4, "t" + (round + 1) % 4, "own" + number, "t" + (round + 2) % 4,
              "t" + (round + 3) % 4))))).get("article").get("slug").asText();
      assertEquals("c" + number + "-r" + round, slug);
      check(200, server.post("/api/articles/" + slug + "/favorite", token, ""));
      check(200, server.post("/api/articles/" + slug + "/comments", token, Map.of("comment", Map.of("body", "x"))));
      check(200, server.get("/api/articles?tag=t" + round % 4 + "&limit=20", token));
      check(200, server.get("/api/articles/feed?limit=10", token));
      if (round % 3 == 2) {
        check(204, server.delete("/api/articles/" + slug, token));
      }
    }
  }

  /** The articles of a feed as their author sees them: favorited, not following themselves. */
  private static JsonNode withoutFollowing(JsonNode articles) {
    articles.forEach(article -> {
      ((com.fasterxml.jackson.databind.node.ObjectNode) article.get("author")).put("following", false);
      ((com.fasterxml.jackson.databind.node.ObjectNode) article).put("favorited", true);
    });
    return articles;
  }

  private JsonNode check(int status, HttpResponse<String> response) {
    requests.incrementAndGet();
    statuses.merge(response.statusCode(), 1, Integer::sum);
    assertEquals(status, response.statusCode(), response.body());
    return response.body().isEmpty() ? null : json(response);
  }

  private Map<Integer, Integer> serverErrors() {
    Map<Integer, Integer> errors = new TreeMap<>(statuses);
    errors.keySet().removeIf(status -> status < 500);
    return errors;
  }
}
