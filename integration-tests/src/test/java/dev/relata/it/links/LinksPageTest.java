package dev.relata.it.links;

import static dev.relata.it.links.MembershipTable.MEMBERSHIP_TABLE;
import static dev.relata.it.links.ProjectTable.PROJECT_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Find;
import dev.relata.it.StatementCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/links.md shows the SQL each method sends as this test captures it: its {@code sql} blocks,
 * in order, are the statements of the calls below, whitespace aside. The tests' tables carry a
 * {@code links_} prefix, which the page leaves out.
 */
class LinksPageTest extends LinksDatabaseTest {

  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL);

  @Test
  void thePageShowsTheStatementsSent() throws IOException {
    UserDao plain = new UserDao(dsl);
    User alice = plain.insert(new User(null, "Alice"));
    User bob = plain.insert(new User(null, "Bob"));
    Project relata = new ProjectDao(dsl).insert(new Project(null, "Relata"));
    StatementCounter counter = new StatementCounter(dsl);
    UserDao users = new UserDao(counter.dsl());

    users.addProject(alice, relata, new Membership(null, null, null, "member", null, null, null));
    users.addReviewedProject(alice, relata, new Review(null, null, null, 5));
    users.getProjectLinks(alice);
    users.getProjectLinks(List.of(alice, bob));
    Find leads = Find.where(MEMBERSHIP_TABLE.ROLE.eq("lead")).orderBy(PROJECT_TABLE.NAME.asc());
    users.getProjectLinks(alice, leads.limit(3));
    users.getProjectLinks(List.of(alice, bob), leads);
    users.getProjectLinks(List.of(alice, bob), leads.limit(3));

    List<String> sent = new ArrayList<>();
    for (String statement : counter.statements()) {
      sent.add(normal(statement.replace("\"links_", "\"")));
    }
    String page = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docs", "links.md"));
    List<String> shown = new ArrayList<>();
    Matcher block = SQL_BLOCK.matcher(page);
    while (block.find()) {
      shown.add(normal(block.group(1)));
    }
    assertEquals(String.join("\n", sent), String.join("\n", shown), "docs/links.md's sql blocks");
  }

  private static String normal(String sql) {
    // The page breaks lines, and opens a subquery's parenthesis on a line of its own.
    return sql.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }
}
