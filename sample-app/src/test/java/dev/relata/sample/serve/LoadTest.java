package dev.relata.sample.serve;

import static dev.relata.sample.serve.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relata.sample.blog.PostDao;
import dev.relata.sample.blog.PostTable;
import dev.relata.sample.blog.PostTagTable;
import dev.relata.sample.blog.Tag;
import dev.relata.sample.blog.TagTable;
import dev.relata.sample.blog.User;
import dev.relata.sample.blog.UserDao;
import dev.relata.sample.blog.UserTable;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * 32 clients at once, each a fixed script of creates, reads with include, sets and deletes: no
 * 5xx, every answer the one the script expects, and the rows the database holds at the end, read
 * from it directly, exactly what the clients did.
 */
class LoadTest {

  private static final int CLIENTS = 32;
  private static final int ROUNDS = 10;
  private static final int TAGS = 4;

  private final TestServer server = TestServer.get().reset();
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
    assertEquals(Set.of("200", "201", "204"), statuses.keySet(), "every answer as the scripts expect");

    // What is stored, read from the database: exactly the clients' rows, no more, no less.
    DSLContext dsl = server.dsl();
    int postsLeft = ROUNDS - ROUNDS / 3;
    assertEquals(CLIENTS, dsl.fetchCount(UserTable.USER_TABLE));
    assertEquals(TAGS, dsl.fetchCount(TagTable.TAG_TABLE));
    assertEquals(CLIENTS * postsLeft, dsl.fetchCount(PostTable.POST_TABLE));
    assertEquals(CLIENTS * postsLeft * 2, dsl.fetchCount(PostTagTable.POST_TAG_TABLE));
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    for (Future<Client> future : clients) {
      Client client = future.get();
      User user = users.findById(client.userId).orElseThrow();
      assertEquals("client" + client.number, user.name());
      Map<Long, String> stored = new TreeMap<>();
      posts.getTags(users.getPosts(user)).forEach((post, tags) -> stored.put(post.id(), tagNames(tags)));
      assertEquals(client.expectedTags, stored, "client " + client.number);
    }
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
    statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
    assertEquals(status, response.statusCode(), response.body());
    return response.body().isEmpty() ? null : json(response);
  }

  private Map<String, Integer> serverErrors() {
    Map<String, Integer> errors = new TreeMap<>(statuses);
    errors.keySet().removeIf(status -> !status.startsWith("5"));
    return errors;
  }

  private static String tagNames(List<Tag> tags) {
    return tags.stream().map(Tag::name).collect(Collectors.joining(","));
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
