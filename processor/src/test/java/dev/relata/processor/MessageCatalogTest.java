package dev.relata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.processor.base.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic has its own code, a row in {@code docs/diagnostics.md}, and a test that makes it and asserts its line. */
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

  /**
   * The docs show each message as {@link Message} writes it: every row's text (its first quoted
   * part, the rest being variants) is the message's format with its blanks filled in, and every
   * row's code is a message's.
   */
  @Test
  void docsShowEachMessageAsItReads() throws IOException {
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("diagnostics.md"));
    Pattern row = Pattern.compile("(?m)^\\| `RELATA-(\\d{3})`[^|]*\\|[^\\n]*?\\| (``?)(.+?)\\2(?: |\\|)");
    Matcher rows = row.matcher(doc);
    List<String> wrong = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    while (rows.find()) {
      String code = "[RELATA-" + rows.group(1) + "]";
      Optional<Message> message = Stream.of(Message.values()).filter(m -> m.code().equals(code)).findFirst();
      String text = rows.group(3).strip();
      if (message.isEmpty()) {
        wrong.add(code + " is no message's code");
      } else if (!asPattern(message.get()).matcher(text).matches()) {
        wrong.add(code + " reads \"" + text + "\", not as " + message.get() + " writes it");
      } else {
        shown.add(code);
      }
    }
    for (Message message : Message.values()) {
      if (!shown.contains(message.code())) {
        wrong.add(message.code() + " has no row showing its text");
      }
    }
    assertEquals(List.of(), wrong, "docs/diagnostics.md against Message");
  }

  /** The message's text with any value in each blank; {@code ...} in the docs stands for any text. */
  private static Pattern asPattern(Message message) {
    String[] parts = message.template().split("%[sd]", -1);
    StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      regex.append("(?s:.*?)").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * Each diagnostic is asserted by a negative test on its code and its line: {@code
   * Expect.onlyError(compilation, Message.X, file, line, text)}, or {@code
   * hadErrorContaining(Message.X.code() ...)...onLineContaining(...)} (the same for warnings).
   * Comments are removed first, so a mention in one does not count.
   */
  @Test
  void everyDiagnosticIsAssertedWithItsLine() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/test/java"))) {
      tests =
          files.filter(f -> f.toString().endsWith("Test.java") && !f.endsWith("MessageCatalogTest.java"))
              .map(MessageCatalogTest::read)
              .map(MessageCatalogTest::withoutComments)
              .collect(Collectors.joining("\n"));
    }
    List<Message> untested = new ArrayList<>();
    for (Message message : Message.values()) {
      String name = Pattern.quote("Message." + message.name());
      boolean onlyError = Pattern.compile("Expect\\.onlyError\\([^;]*?" + name + ",").matcher(tests).find();
      boolean onLine =
          Pattern.compile("had(?:Error|Warning)Containing\\(\\s*" + name + "\\.code\\(\\)[^;]*?\\.onLineContaining\\(")
              .matcher(tests)
              .find();
      boolean withoutLine = message == Message.INTERNAL_ERROR && tests.contains("Message.INTERNAL_ERROR.code()");
      if (!onlyError && !onLine && !withoutLine) { // an internal failure has no line of the user's
        untested.add(message);
      }
    }
    assertEquals(List.of(), untested, "diagnostics no test asserts with their code and line");
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
