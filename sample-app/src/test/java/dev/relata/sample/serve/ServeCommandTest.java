package dev.relata.sample.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.sample.Main;
import dev.relata.serving.ServedProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} as a user starts it, in a JVM of its own: the line that says it is ready, a
 * request, and a clean stop on SIGTERM.
 */
class ServeCommandTest {

  @Test
  void servesUntilTerminated() throws IOException, InterruptedException {
    try (ServedProcess serve = ServedProcess.start(Main.class, "serve")) {
      HttpRequest request = HttpRequest.newBuilder(serve.uri("/users")).build();
      // A server named by RELATA_JDBC_URL may hold rows already: the status and shape tell enough.
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().startsWith("["), response.body());
      assertEquals(List.of("Stopping", "Stopped"), serve.terminate());
    }
  }
}
