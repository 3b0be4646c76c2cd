package dev.relata.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.StatementCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/creating.md shows the statements {@code UserPageLoader.insert} sends: they are recorded
 * from a real insert and compared with the page's {@code sql} block, statement by statement
 * (line breaks and indentation aside).
 */
class CreatingDocsTest extends GraphDatabaseTest {

  @Test
  void thePageShowsTheStatementsAnInsertSends() throws IOException {
    UserPage page =
        new UserPage(
            new User(null, "Alice"),
            List.of(
                new PostView(
                    new Post(null, null, "Hello"), Optional.empty(), List.of(new Tag(null, "java")),
                    List.of(new Comment(null, 0, "First!", 1)))),
            Optional.of(new Profile(null, null, "Writes about SQL")),
            0);
    StatementCounter counter = new StatementCounter(dsl);
    new UserPageLoader(counter.dsl()).insert(page);
    List<String> sent = counter.statements().stream().map(CreatingDocsTest::normalized).toList();
    assertEquals(String.join(";\n", sent) + ";", String.join(";\n", documented()) + ";",
        "docs/creating.md's sql block differs from the statements sent");
  }

  /** The statements of the page's {@code sql} block, each ending with {@code ;}. */
  private static List<String> documented() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "creating.md"));
    int start = page.indexOf("```sql\n") + "```sql\n".length();
    String block = page.substring(start, page.indexOf("```", start));
    List<String> statements = new ArrayList<>();
    for (String statement : block.split(";\\s*(\\n|$)")) {
      if (!statement.isBlank()) {
        statements.add(normalized(statement.replaceAll("(?m)^--.*$", "")));
      }
    }
    return statements;
  }

  private static String normalized(String sql) {
    return sql.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }
}
