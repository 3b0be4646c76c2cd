package dev.relata.sample.serve;

import static dev.relata.sample.serve.TestServer.json;
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
 * 32 clients at once, each a fixed script of creates, reads with include, sets and deletes: no
 * 5xx, no request lost, and the rows at the end are exactly what the clients did.
 */
class LoadTest {

  private static final int CLIENTS = 32;
  private static final int ROUNDS = 10;
  private static final int TAGS = 4;

  private final TestServer server = TestServer.get().reset();
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

  @Test
  void concurrentClientsLoseNothing() throws Exception {
    for (int t = 1; t <= TAGS; t++) {
      check(201, server.post("/tags", "{\"name\": \"tag" + t + "\"}"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Client>> clients = new ArrayList<>();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int c = 0; c < CLIENTS; c++) {
        int number = c;
        clients.add(pool.submit(() -> run(number)));
      }
      for (Future<Client> client : clients) {
        client.get();
      }
    });
    pool.shutdown();

    assertEquals(Map.of(), serverErrors(), "no 5xx");
    // The tags, then per client: its user, per round a create, a read and a set, and a delete
    // every third round. Every one was answered with the status its script expects.
    int deletes = ROUNDS / 3;
    assertEquals(TAGS + CLIENTS * (1 + 3 * ROUNDS + deletes), requests.get());
    int posts = 0;
    for (Future<Client> future : clients) {
      Client client = future.get();
      JsonNode stored = json(server.get("/users/" + client.userId + "/posts?include=tags"));
      Map<Long, String> tags = new TreeMap<>();
      stored.forEach(post -> tags.put(post.get("id").asLong(), tagNames(post.get("tags"))));
      assertEquals(client.expectedTags, tags, "client " + client.number);
      posts += tags.size();
    }
    assertEquals(posts, json(server.get("/posts?limit=1000")).size());
    assertEquals(CLIENTS, json(server.get("/users?limit=1000")).size());
  }

  private Client run(int number) {
    Client client = new Client(number);
    client.userId =
        check(201, server.post("/users", "{\"name\": \"client" + number + "\"}")).get("id").asLong();
    for (int round = 0; round < ROUNDS; round++) {
      long postId = check(201, server.post("/users/" + client.userId + "/posts",
          "{\"title\": \"c" + number + "r" + round + "\"}")).get("id").asLong();
      client.expectedTags.put(postId, "");
      JsonNode user = check(200, server.get("/users/" + client.userId + "?include=posts,profile"));
      assertEquals(client.expectedTags.size(), user.get("posts").size());
      int first = 1 + (number + round) % TAGS;
      int second = 1 + (number + round + 1) % TAGS;
      check(204, server.put("/posts/" + postId + "/tags", "[" + first + ", " + second + "]"));
      client.expectedTags.put(postId, "tag" + Math.min(first, second) + ",tag" + Math.max(first, second));
      if (round % 3 == 2) {
        check(204, server.delete("/posts/" + postId));
        client.expectedTags.remove(postId);
      }
    }
    return client;
  }

  private JsonNode check(int status, HttpResponse<String> response) {
    requests.incrementAndGet();
    statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
    assertEquals(status, response.statusCode(), response.body());
    return response.body().isEmpty() ? null : json(response);
  }

  private Map<String, Integer> serverErrors() {
    Map<String, Integer> errors = new TreeMap<>(statuses);
    errors.keySet().removeIf(status -> !status.startsWith("5"));
    return errors;
  }

  private static String tagNames(JsonNode tags) {
    List<String> names = new ArrayList<>();
    tags.forEach(tag -> names.add(tag.get("name").asText()));
    return String.join(",", names);
  }

  private static final class Client {
    final int number;
    final Map<Long, String> expectedTags = new TreeMap<>();
    long userId;

    Client(int number) {
      this.number = number;
    }
  }
}
