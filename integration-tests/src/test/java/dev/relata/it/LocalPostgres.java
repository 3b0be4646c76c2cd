package dev.relata.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the test fixtures that start PostgreSQL servers of their own share ({@link
 * StreamingReplica}, {@link CitusCluster}): Debian's PostgreSQL 15 binaries, run as the {@code
 * postgres} OS user where the tests run as root (the server refuses to run as root), in a
 * temporary directory that user owns, on free loopback ports.
 */
final class LocalPostgres {

  static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

  private LocalPostgres() {}

  /**
   * Checks that PostgreSQL 15's binaries are there.
   *
   * @throws IllegalStateException naming the missing binary and what to install, for {@code who}
   */
  static void requireBinaries(String who, String... binaries) {
    for (String binary : binaries) {
      if (!Files.isExecutable(BIN.resolve(binary))) {
        throw new IllegalStateException(
            BIN.resolve(binary) + " is missing: " + who + " start PostgreSQL 15 servers of their own with Debian's"
                + " binaries; install Debian's postgresql-15 (apt-get install postgresql-15)");
      }
    }
  }

  /** Runs a PostgreSQL binary, as {@code postgres} where this is root; its output goes to a file. */
  static void run(Path directory, String binary, String... arguments) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(BIN.resolve(binary).toString());
    command.addAll(List.of(arguments));
    Path output = directory.resolve(binary + ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not end in " + COMMAND_TIMEOUT);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n" + Files.readString(output)
                + logs(directory));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The servers' logs ({@code *.log} in the directory), for a failure's message. */
  static String logs(Path directory) throws IOException {
    StringBuilder logs = new StringBuilder();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path log : files.filter(path -> path.toString().endsWith(".log")).sorted().toList()) {
        logs.append("\n--- ").append(log.getFileName()).append(":\n").append(Files.readString(log));
      }
    }
    return logs.toString();
  }

  /** A directory the servers may write: owned by {@code postgres} where this is root. */
  static Path temporaryDirectory(String prefix) {
    try {
      Path directory = Files.createTempDirectory(prefix);
      if (isRoot()) {
        UserPrincipal postgres;
        try {
          postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        } catch (IOException e) {
          throw new IllegalStateException(
              "this runs as root, and PostgreSQL refuses to: it runs the servers as the postgres OS user, which is"
                  + " missing; install Debian's postgresql-15, which creates it", e);
        }
        Files.setOwner(directory, postgres);
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a directory for the test servers", e);
    }
  }

  /** Deletes the directory and everything in it, saying on stderr what could not be. */
  static void delete(Path directory) {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        System.err.println("could not delete " + directory + ": " + e.getMessage());
      }
    }
  }

  /** A port on loopback that nothing listens on (at the time of asking). */
  static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
