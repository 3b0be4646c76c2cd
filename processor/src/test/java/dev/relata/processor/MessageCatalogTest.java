package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic has its own code, a row in {@code docs/diagnostics.md}, and a test that makes it. */
class MessageCatalogTest {

  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

  @Test
  void codesAreUnique() {
    Set<String> codes = new HashSet<>();
    for (Message message : Message.values()) {
      assertTrue(codes.add(message.code()), message + " reuses " + message.code());
    }
  }

  @Test
  void everyCodeIsDocumented() throws IOException {
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("diagnostics.md"));
    List<String> missing = new ArrayList<>();
    for (Message message : Message.values()) {
      String code = message.code().substring(1, message.code().length() - 1);
      if (!doc.contains("| `" + code + "`")) {
        missing.add(code);
      }
    }
    assertEquals(List.of(), missing, "codes without a row in docs/diagnostics.md");
  }

  @Test
  void everyDiagnosticHasATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/test/java"))) {
      tests =
          files.filter(f -> f.toString().endsWith("Test.java") && !f.endsWith("MessageCatalogTest.java"))
              .map(MessageCatalogTest::read)
              .collect(Collectors.joining("\n"));
    }
    List<Message> untested = new ArrayList<>();
    for (Message message : Message.values()) {
      if (!tests.contains("Message." + message.name() + ".code()") && !tests.contains("Message." + message.name() + ",")) {
        untested.add(message);
      }
    }
    assertEquals(List.of(), untested, "diagnostics no test asserts");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
