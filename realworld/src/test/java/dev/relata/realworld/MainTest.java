package dev.relata.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server as a user starts it, in a JVM of its own: the line that says it is ready, a request,
 * and a clean stop on SIGTERM. {@code PORT}: 8080 unless set, an error if no port.
 */
class MainTest {

  private static final Pattern LISTENING = Pattern.compile("Listening on http://localhost:(\\d+)");

  @Test
  void servesUntilTerminated() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PORT", "0");
    Process serve = builder.start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      Matcher ready = LISTENING.matcher(out.readLine());
      assertTrue(ready.matches(), "first line: " + ready);
      HttpRequest tags = HttpRequest.newBuilder(
          URI.create("http://localhost:" + ready.group(1) + "/api/tags")).build();
      // A server named by RELATA_JDBC_URL may hold rows already: the status and shape tell enough.
      HttpResponse<String> response = HttpClient.newHttpClient().send(tags, BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().startsWith("{\"tags\":["), response.body());

      // The rest is read while the process stops: its pipe closes when it exits.
      CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> out.lines().toList());
      serve.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipes
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
      assertEquals(List.of("Stopping", "Stopped"), rest.join());
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void portDefaultsTo8080() {
    assertEquals(8080, Main.port(null));
    assertEquals(8080, Main.port(" "));
    assertEquals(9000, Main.port("9000"));
    assertEquals(0, Main.port("0"));
  }

  @Test
  void aPortThatIsNoneIsRefused() {
    assertEquals("PORT must be a port number from 0 to 65535, got \"http\"",
        assertThrows(IllegalArgumentException.class, () -> Main.port("http")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Main.port("65536"));
  }
}
