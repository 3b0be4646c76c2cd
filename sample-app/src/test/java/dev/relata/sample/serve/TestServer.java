package dev.relata.sample.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import dev.relata.sample.TestDatabase;
import dev.relata.sample.blog.RelataSchema;
import dev.relata.serving.StatementTimer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.OptionalInt;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One server for the whole test run, on real PostgreSQL ({@link Database#open}, in the tests'
 * schema {@value TestDatabase#SCHEMA}) through a pool, on a free port, and a client that speaks to
 * it over real HTTP.
 */
final class TestServer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static TestServer instance;

  private final DSLContext dsl;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(DSLContext dsl, int port) {
    this.dsl = dsl;
    this.port = port;
  }

  static synchronized TestServer get() {
    if (instance == null) {
      Database database = Database.open(TestDatabase.SCHEMA);
      HikariConfig config = new HikariConfig();
      config.setDataSource(database.dataSource());
      config.setMaximumPoolSize(10);
      HikariDataSource pool = new HikariDataSource(config);
      BlogServer server = BlogServer.start(pool, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (database; pool; server) {
          // Closed in reverse order.
        }
      }, "stop-test-server"));
      instance = new TestServer(DSL.using(pool, SQLDialect.POSTGRES), server.port());
    }
    return instance;
  }

  /** Empty tables, ids from 1 again. */
  TestServer reset() {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    return this;
  }

  DSLContext dsl() {
    return dsl;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String json) {
    return send(request(path).POST(BodyPublishers.ofString(json)));
  }

  HttpResponse<String> put(String path, String json) {
    return send(request(path).PUT(BodyPublishers.ofString(json)));
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** A request with {@code method} and no body. */
  HttpResponse<String> send(String method, String path) {
    return send(request(path).method(method, BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body as a JSON tree. */
  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  /** The statement count its Server-Timing header reports; every response has one. */
  static int statements(HttpResponse<String> response) {
    String timing = response.headers().firstValue(StatementTimer.HEADER).orElseThrow();
    OptionalInt statements = StatementTimer.statementsIn(timing);
    assertTrue(statements.isPresent(), timing);
    return statements.getAsInt();
  }

  /** Asserts the status, showing the body when it is another; the body as JSON, if any. */
  static JsonNode expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    statements(response);
    if (status == 204) {
      assertEquals("", response.body());
      assertTrue(response.headers().firstValue("Content-Type").isEmpty(), response.headers().toString());
    }
    return response.body().isEmpty() ? null : json(response);
  }

  /** Asserts an RFC 9457 problem with {@code status} whose detail holds {@code detail}. */
  static JsonNode problem(int status, String detail, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    statements(response);
    JsonNode problem = json(response);
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.get("type").asText().startsWith("tag:relata.dev,2026:"), response.body());
    assertTrue(problem.hasNonNull("title"), response.body());
    assertTrue(problem.get("detail").asText().contains(detail),
        "detail should contain \"" + detail + "\": " + response.body());
    return problem;
  }
}
