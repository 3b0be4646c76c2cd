package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * The SQL in the generated Javadoc of the methods taking a {@code Find} or a {@code Condition} is
 * the statement the runtime sends, word for word (line breaks aside), with {@code <condition>} and
 * {@code <order>} where the caller's condition and order go: each method is called with a {@code
 * Find} whose condition and order render as those words, its statement is caught before it runs,
 * and compared with the {@code <pre>} block of the method's Javadoc in the generated source.
 */
class FindSqlDocsTest extends DatabaseTest {

  private static final Path GENERATED = Path.of("target/generated-test-sources/test-annotations/dev/relata/it/model");

  private static final Condition CONDITION = DSL.condition(DSL.field(DSL.raw("<condition>"), Boolean.class));
  private static final Find ORDERED = Find.where(CONDITION).orderBy(DSL.field(DSL.raw("<order>")));
  private static final Find PAGED = ORDERED.limit(3).offset(6);

  private final Blog blog = new Blog(1L, "blog");
  private final Entry entry = new Entry(1L, 1L, "entry", 0, null);

  @Test
  void hasMany() throws IOException {
    String dao = Files.readString(GENERATED.resolve("BlogDao.java"));
    assertDocumented(dao, "List<Entry> getEntries(Blog blog, Find find)", d -> new BlogDao(d).getEntries(blog, PAGED));
    assertDocumented(
        dao,
        "Map<Blog, List<Entry>> getEntries(Collection<Blog> blogs, Find find)",
        d -> new BlogDao(d).getEntries(List.of(blog), ORDERED),
        d -> new BlogDao(d).getEntries(List.of(blog), PAGED));
    assertDocumented(dao, "long countEntries(Blog blog, Condition condition)", d -> new BlogDao(d).countEntries(blog, CONDITION));
    assertDocumented(dao, "Map<Blog, Long> countEntries(Collection<Blog> blogs)", d -> new BlogDao(d).countEntries(List.of(blog)));
    assertDocumented(
        dao,
        "Map<Blog, Long> countEntries(Collection<Blog> blogs, Condition condition)",
        d -> new BlogDao(d).countEntries(List.of(blog), CONDITION));
  }

  @Test
  void belongsToMany() throws IOException {
    String dao = Files.readString(GENERATED.resolve("EntryDao.java"));
    assertDocumented(dao, "List<Label> getLabels(Entry entry, Find find)", d -> new EntryDao(d).getLabels(entry, PAGED));
    assertDocumented(
        dao,
        "Map<Entry, List<Label>> getLabels(Collection<Entry> entries, Find find)",
        d -> new EntryDao(d).getLabels(List.of(entry), ORDERED),
        d -> new EntryDao(d).getLabels(List.of(entry), PAGED));
    assertDocumented(dao, "long countLabels(Entry entry, Condition condition)", d -> new EntryDao(d).countLabels(entry, CONDITION));
    assertDocumented(
        dao, "Map<Entry, Long> countLabels(Collection<Entry> entries)", d -> new EntryDao(d).countLabels(List.of(entry)));
    assertDocumented(
        dao,
        "Map<Entry, Long> countLabels(Collection<Entry> entries, Condition condition)",
        d -> new EntryDao(d).countLabels(List.of(entry), CONDITION));
  }

  /** The statements of {@code signature}'s Javadoc, in order, are those the {@code calls} send. */
  @SafeVarargs
  private void assertDocumented(String source, String signature, Consumer<DSLContext>... calls) {
    List<String> sent = new ArrayList<>();
    for (Consumer<DSLContext> call : calls) {
      sent.add(normalized(statementOf(call)));
    }
    assertEquals(sent, documented(source, signature), signature);
  }

  /** Thrown by the listener as a statement is about to run, once its SQL is known. */
  private static final class Caught extends RuntimeException {
    Caught(String sql) {
      super(sql, null, false, false);
    }
  }

  private String statementOf(Consumer<DSLContext> call) {
    ExecuteListener catcher =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            throw new Caught(ctx.sql());
          }
        };
    try {
      call.accept(dsl.configuration().derive(new DefaultExecuteListenerProvider(catcher)).dsl());
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Caught caught) {
          return caught.getMessage();
        }
      }
      throw e;
    }
    throw new AssertionError("no statement was sent");
  }

  /** The statements of the {@code <pre>} block in the Javadoc right before {@code signature}. */
  private static List<String> documented(String source, String signature) {
    int method = source.indexOf("public " + signature + " {");
    assertTrue(method > 0, "no method " + signature);
    String javadoc = source.substring(source.lastIndexOf("/**", method), method);
    String block = javadoc.substring(javadoc.indexOf("<pre>{@code") + "<pre>{@code".length(), javadoc.indexOf("}</pre>"));
    List<String> statements = new ArrayList<>();
    for (String line : block.split("\n")) {
      String text = line.replaceFirst("^\\s*\\*", "");
      if (text.isBlank()) {
        continue;
      }
      if (text.startsWith(" select")) {
        statements.add(text);
      } else {
        statements.set(statements.size() - 1, statements.get(statements.size() - 1) + text);
      }
    }
    return statements.stream().map(FindSqlDocsTest::normalized).toList();
  }

  private static String normalized(String sql) {
    return sql.strip().replaceAll("\\s+", " ");
  }
}
