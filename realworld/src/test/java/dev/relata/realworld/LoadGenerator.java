package dev.relata.realworld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import dev.relata.serving.StatementTimer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Requests per second, p50/p99 latency and statements per request of two reads, at 16
 * concurrent connections, each a client that sends its next request when the last is answered:
 * {@code GET /api/articles?limit=20} with a token (20 articles by 10 authors, 3 tags each, the
 * caller following 5 authors and favoriting 10 articles) and {@code GET
 * /api/articles/{slug}/comments} (20 comments by 10 authors). The server runs in this JVM on the
 * embedded PostgreSQL (or {@code RELATA_JDBC_URL}) as {@link Main} runs it; 10 s of warm-up, then
 * 20 s measured per read. Run from the project's root:
 * {@code mvn -q -B -pl realworld -am test-compile exec:java@load -DskipTests}.
 */
public final class LoadGenerator {

  /** Its own schema: it drops and creates the tables. */
  private static final String SCHEMA = "realworld_load";
  private static final int CONNECTIONS = 16;
  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final Duration MEASURED = Duration.ofSeconds(20);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String base;
  private final HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private LoadGenerator(int port) {
    this.base = "http://localhost:" + port;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    try (Database database = Database.open(SCHEMA); HikariDataSource pool = Main.pool(database)) {
      ConduitSchema.drop(DSL.using(pool, SQLDialect.POSTGRES));
      ConduitSchema.create(DSL.using(pool, SQLDialect.POSTGRES));
      try (ConduitServer server = ConduitServer.start(pool, 0, "load-generator", 10)) {
        LoadGenerator generator = new LoadGenerator(server.port());
        String token = generator.seed();
        System.out.println("| read | requests/s | p50 ms | p99 ms | statements per request |");
        System.out.println("|---|---|---|---|---|");
        generator.measure("GET /api/articles?limit=20 (with a token)", "/api/articles?limit=20", token);
        generator.measure("GET /api/articles/{slug}/comments", "/api/articles/article-0/comments", null);
      }
    }
  }

  /** The caller's token, after writing the rows the reads return. */
  private String seed() throws IOException, InterruptedException {
    String caller = register("caller");
    List<String> authors = new ArrayList<>();
    for (int a = 0; a < 10; a++) {
      authors.add(register("author" + a));
      if (a % 2 == 0) {
        send("POST", "/api/profiles/author" + a + "/follow", caller, "");
      }
    }
    for (int i = 0; i < 20; i++) {
      send("POST", "/api/articles", authors.get(i % 10), Map.of("article", Map.of("title", "Article " + i,
          "description", "Description " + i, "body", "Body " + i,
          "tagList", List.of("tag" + i % 4, "tag" + (i % 4 + 4), "tag" + (i % 4 + 8)))));
      if (i % 2 == 0) {
        send("POST", "/api/articles/article-" + i + "/favorite", caller, "");
      }
    }
    for (int c = 0; c < 20; c++) {
      send("POST", "/api/articles/article-0/comments", authors.get(c % 10), Map.of("comment", Map.of("body", "Comment " + c)));
    }
    return caller;
  }

  private String register(String name) throws IOException, InterruptedException {
    JsonNode user = send("POST", "/api/users", null,
        Map.of("user", Map.of("username", name, "email", name + "@example.com", "password", "password-" + name)));
    return user.get("user").get("token").asText();
  }

  private JsonNode send(String method, String path, String token, Object body) throws IOException, InterruptedException {
    String json = body instanceof String text ? text : MAPPER.writeValueAsString(body);
    HttpResponse<String> response = setup.send(request(path, token).method(method, BodyPublishers.ofString(json))
        .header("Content-Type", "application/json").build(), BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return MAPPER.readTree(response.body());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    return token == null ? request : request.header("Authorization", "Token " + token);
  }

  /** Warms up, then prints one table row for {@code path}. */
  private void measure(String name, String path, String token) throws Exception {
    HttpRequest request = request(path, token).GET().build();
    run(request, WARM_UP);
    List<Client> clients = run(request, MEASURED);
    long requests = clients.stream().mapToLong(c -> c.count).sum();
    long[] all = clients.stream().flatMapToLong(c -> Arrays.stream(c.nanos, 0, c.count)).sorted().toArray();
    System.out.printf(Locale.ROOT, "| `%s` | %.0f | %.2f | %.2f | %d |%n", name,
        requests / (double) MEASURED.toSeconds(), percentile(all, 0.50), percentile(all, 0.99), clients.get(0).statements);
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static List<Client> run(HttpRequest request, Duration duration) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
    long end = System.nanoTime() + duration.toNanos();
    List<Future<Client>> futures = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      futures.add(threads.submit(() -> new Client().run(request, end)));
    }
    List<Client> clients = new ArrayList<>();
    for (Future<Client> future : futures) {
      clients.add(future.get());
    }
    threads.shutdown();
    return clients;
  }

  /** One connection: a request at a time, its latencies kept. */
  private static final class Client {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private long[] nanos = new long[1 << 16];
    private int count;
    private int statements;

    Client run(HttpRequest request, long end) throws IOException, InterruptedException {
      while (System.nanoTime() < end) {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        statements =
            StatementTimer.statementsIn(response.headers().firstValue(StatementTimer.HEADER).orElseThrow()).orElse(-1);
        if (count == nanos.length) {
          nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = took;
      }
      return this;
    }
  }
}
