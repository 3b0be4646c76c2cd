package dev.relata.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.embedded.Database;
import dev.relata.serving.StatementTimer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One server for the whole test run, on real PostgreSQL ({@link Database#open}) in the schema
 * {@value #SCHEMA}, through a pool, on a free port; and a client that speaks to it over real HTTP, with or
 * without a token.
 */
final class TestServer {

  static final ObjectMapper MAPPER = new ObjectMapper();
  /** Apart from the server's own {@value ConduitSchema#NAME}: the tests drop and create the tables. */
  static final String SCHEMA = "realworld_test";
  private static TestServer instance;

  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(HikariDataSource pool, DSLContext dsl, int port) {
    this.pool = pool;
    this.dsl = dsl;
    this.port = port;
  }

  static synchronized TestServer get() {
    if (instance == null) {
      Database database = Database.open(SCHEMA);
      HikariDataSource pool = Main.pool(database);
      DSLContext dsl = DSL.using(pool, SQLDialect.POSTGRES);
      ConduitSchema.create(dsl);
      // BCrypt's minimum strength: the tests register many users, and hash strength is not their subject.
      ConduitServer server = ConduitServer.start(pool, 0, "test-secret", 4);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (database; pool; server) {
          // Closed in reverse order.
        }
      }, "stop-test-server"));
      instance = new TestServer(pool, dsl, server.port());
    }
    return instance;
  }

  /** Empty tables, ids from 1 again. */
  TestServer reset() {
    ConduitSchema.drop(dsl);
    ConduitSchema.create(dsl);
    return this;
  }

  DSLContext dsl() {
    return dsl;
  }

  DataSource dataSource() {
    return pool;
  }

  int port() {
    return port;
  }

  /** Registers {@code username} (email {@code <username>@example.com}, password {@code secret-<username>}); its token. */
  String register(String username) {
    JsonNode user = expect(201, post("/api/users", null, Map.of("user",
        Map.of("username", username, "email", username + "@example.com", "password", "secret-" + username))));
    return user.get("user").get("token").asText();
  }

  HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET());
  }

  HttpResponse<String> post(String path, String token, Object body) {
    return send(request(path, token).POST(BodyPublishers.ofString(write(body))));
  }

  HttpResponse<String> put(String path, String token, Object body) {
    return send(request(path, token).PUT(BodyPublishers.ofString(write(body))));
  }

  HttpResponse<String> delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** A request as given, for headers and bodies the helpers above do not write. */
  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json");
    return token == null ? request : request.header("Authorization", "Token " + token);
  }

  /** A body: a string as it is (malformed JSON, say), anything else as JSON. */
  private static String write(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
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

  /** Asserts the status (showing the body when it is another); the body as JSON, or null if empty. */
  static JsonNode expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    statements(response);
    if (response.body().isEmpty()) {
      return null;
    }
    String type = response.headers().firstValue("Content-Type").orElseThrow();
    assertTrue(type.replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8"), type);
    return json(response);
  }

  /** Asserts the spec's error answer: {@code status}, and {@code {"errors": {"body": [messages]}}}. */
  static void error(int status, HttpResponse<String> response, String... messages) {
    JsonNode body = expect(status, response);
    assertEquals(1, body.size(), response.body());
    assertEquals(1, body.get("errors").size(), response.body());
    JsonNode list = body.get("errors").get("body");
    assertTrue(list.isArray(), response.body());
    assertFalse(list.isEmpty(), response.body());
    if (messages.length > 0) {
      assertEquals(MAPPER.valueToTree(messages), list, response.body());
    }
  }
}
