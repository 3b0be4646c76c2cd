package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.embedded.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void printsWhatAliceWrote() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Database database = Database.open()) {
      Main.run(database.dsl(), new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    assertEquals("Alice wrote: Hello\nAlice wrote: World\n", out.toString(StandardCharsets.UTF_8));
  }
}
