package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.embedded.Database;
import dev.relata.embedded.UserTables;
import dev.relata.sample.blog.RelataSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed program prints what docs/serve.md says it prints (what Alice wrote, then each chapter),
 * and leaves a user's own tables alone.
 */
class MainTest {

  @Test
  void printsWhatTheDocsShow() throws IOException {
    assertEquals(documented(), run(TestDatabase.get()));
  }

  /** The {@code text} block under docs/serve.md's "The seed program", which CI holds the run to as well. */
  private static String documented() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "serve.md"));
    int block = page.indexOf("```text\n", page.indexOf("\n### The seed program\n")) + "```text\n".length();
    return page.substring(block, page.indexOf("```", block));
  }

  /**
   * On a server of its own, so that it can hold a user's {@code public.users} and {@code
   * public.books}: the blog has tables of both names, which the program drops and creates.
   */
  @Test
  void leavesTheUsersTablesOfTheSameNamesAsTheyWere() throws IOException {
    try (Database database = Database.openEmbedded(Main.SCHEMA)) {
      UserTables.create(database.dsl());
      String before = UserTables.describe(database.dsl());
      run(database);
      assertEquals(documented(), run(database), "a second run starts afresh");
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
