package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.embedded.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The seed program still prints what Alice wrote. */
class MainTest {

  @Test
  void printsAlicesPosts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Database database = Database.open();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Main.run(database.dsl(), out);
    }
    assertEquals("Alice wrote: Hello\nAlice wrote: World\n",
        bytes.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }
}
