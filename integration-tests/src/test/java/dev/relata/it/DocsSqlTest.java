package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.Tag;
import dev.relata.it.model.TagDao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;

/**
 * The {@code sql} blocks of the README and of docs/ show what the runtime's builders make, never a
 * copy written by hand: each is checked against the statements a real call sends or against
 * jOOQ's rendering, here or by the test {@link #CHECKED} names. A new block fails {@link
 * #everyBlockIsChecked} until it is listed there with what checks it.
 */
class DocsSqlTest extends DatabaseTest {

  /** The blocks checked elsewhere or below, by page and number (from 1), and by what. */
  private static final Map<String, String> CHECKED = new TreeMap<>(DocsSqlTest::inPageOrder);

  static {
    CHECKED.putAll(
        Map.of(
            "docs/queries.md 1", "sample-app's BlogTest.queries: the statements of the page's calls",
            "docs/queries.md 2",
                "none: not Relata's statements but the two shapes a measurement compared (the window one"
                    + " Relata never sends), on the measurement's own schema",
            "docs/scale-out.md 1", "DocsSqlTest.manyToManyAdd",
            "docs/tables-and-joins.md 1", "PathsTest: jOOQ renders the page's queries",
            "docs/tables-and-joins.md 2", "PathsTest: jOOQ renders the page's queries",
            "docs/tables-and-joins.md 3", "PathsTest: jOOQ renders the page's queries"));
    // Pages whose every block a test of their own compares with the statements a run sends.
    checkedBy("docs/creating.md", 1, "CreatingDocsTest: the statements UserPageLoader.insert sends");
    checkedBy("docs/links.md", 7, "LinksPageTest: the statements of the page's calls");
    checkedBy("docs/polymorphic.md", 11, "PolymorphicSqlDocsTest: the schema's statements and those of the page's calls");
    checkedBy("docs/scopes.md", 15, "ScopesSqlDocsTest: the statements of the page's calls");
  }

  /** {@code "docs/x.md 2"} before {@code "docs/x.md 10"}: by page, then by number. */
  private static int inPageOrder(String a, String b) {
    int space = a.lastIndexOf(' ');
    int other = b.lastIndexOf(' ');
    int page = a.substring(0, space).compareTo(b.substring(0, other));
    return page != 0
        ? page
        : Integer.compare(Integer.parseInt(a.substring(space + 1)), Integer.parseInt(b.substring(other + 1)));
  }

  private static void checkedBy(String page, int blocks, String test) {
    for (int n = 1; n <= blocks; n++) {
      CHECKED.put(page + " " + n, test);
    }
  }

  private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..");
  private static final Pattern SQL_BLOCK = Pattern.compile("(?m)^```sql\\n(.*?)^```$", Pattern.DOTALL);

  /** docs/scale-out.md "What Citus refuses": the statement {@code addTag} sends. */
  @Test
  void manyToManyAdd() throws IOException {
    Post post = new PostDao(dsl).insert(new Post(null, null, null, "Hello"));
    Tag tag = new TagDao(dsl).insert(new Tag(null, "java"));
    List<String> sent = new ArrayList<>();
    DSLContext recorded = dsl.configuration().derive(ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql()))).dsl();
    new PostDao(recorded).addTag(post, tag);
    assertEquals(List.of(normalized(block("docs/scale-out.md", 1))), sent.stream().map(DocsSqlTest::normalized).toList());
  }

  /** Every {@code sql} block of the README and of docs/ is one {@link #CHECKED} names. */
  @Test
  void everyBlockIsChecked() throws IOException {
    List<String> pages = new ArrayList<>(List.of("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.map(p -> "docs/" + p.getFileName()).filter(p -> p.endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> blocks = new ArrayList<>();
    for (String page : pages) {
      Matcher block = SQL_BLOCK.matcher(Files.readString(ROOT.resolve(page)));
      for (int n = 1; block.find(); n++) {
        blocks.add(page + " " + n);
      }
    }
    assertEquals(List.copyOf(CHECKED.keySet()), blocks, "the sql blocks of the README and docs/, and those checked");
  }

  /** The {@code n}th {@code sql} block of {@code page}. */
  private static String block(String page, int n) throws IOException {
    Matcher block = SQL_BLOCK.matcher(Files.readString(ROOT.resolve(page)));
    for (int i = 0; i < n; i++) {
      if (!block.find()) {
        throw new AssertionError(page + " has fewer than " + n + " sql blocks");
      }
    }
    return block.group(1);
  }

  /** Whitespace collapsed: the page breaks lines; nothing else is forgiven. */
  private static String normalized(String sql) {
    return sql.replaceAll("\\s+", " ").trim();
  }
}
