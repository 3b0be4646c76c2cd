package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.embedded.Database;
import dev.relata.embedded.UserTables;
import dev.relata.sample.blog.RelataSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The seed program still prints what Alice wrote, and leaves a user's own tables alone. */
class MainTest {

  @Test
  void printsAlicesPosts() {
    assertEquals("Alice wrote: Hello\nAlice wrote: World\n", run(TestDatabase.get()));
  }

  /**
   * On a server of its own, so that it can hold a user's {@code public.users} and {@code
   * public.books}: the blog has tables of both names, which the program drops and creates.
   */
  @Test
  void leavesTheUsersTablesOfTheSameNamesAsTheyWere() {
    try (Database database = Database.openEmbedded(Main.SCHEMA)) {
      UserTables.create(database.dsl());
      String before = UserTables.describe(database.dsl());
      run(database);
      assertEquals("Alice wrote: Hello\nAlice wrote: World\n", run(database), "a second run starts afresh");
      RelataSchema.drop(database.dsl());
      assertEquals(before, UserTables.describe(database.dsl()));
    }
  }

  private static String run(Database database) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Main.run(database.dsl(), out);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("\r", "");
  }
}
