package dev.relata.serving;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server as a user starts it, for the apps' tests: a JVM of its own on the test's class path,
 * with {@code PORT=0}, ready once it has printed the line {@link Serve} prints; stopped with
 * SIGTERM, as a process manager stops it.
 */
public final class ServedProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Listening on http://localhost:(\\d+)");

  private final Process process;
  private final BufferedReader out;
  private final int port;

  private ServedProcess(Process process, BufferedReader out, int port) {
    this.process = process;
    this.out = out;
    this.port = port;
  }

  /** Runs {@code main} with {@code args} and waits for its first line, which must say where it listens. */
  public static ServedProcess start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PORT", "0");
    Process process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    Matcher ready = LISTENING.matcher(String.valueOf(first));
    if (!ready.matches()) {
      process.destroyForcibly();
      throw new AssertionError("the first line is not \"Listening on http://localhost:PORT\": " + first);
    }
    return new ServedProcess(process, out, Integer.parseInt(ready.group(1)));
  }

  /** {@code path} on the server. */
  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /**
   * Sends SIGTERM and waits up to a minute for the process to end; returns the lines it printed
   * after the first.
   */
  public List<String> terminate() throws InterruptedException {
    // Read while the process stops: its pipe closes when it exits.
    CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> out.lines().toList());
    process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipes
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
    return rest.join();
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    out.close();
  }
}
