package dev.relata.it;

import static dev.relata.it.model.EntryTable.ENTRY_TABLE;
import static dev.relata.it.model.TagTable.TAG_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input to the reads with a {@code Find} or a {@code Condition}: {@code null} anywhere is a
 * {@code NullPointerException} naming the parameter, an unsaved parent an {@code
 * IllegalArgumentException}, both before any statement; a condition on a table the statement
 * does not read is PostgreSQL's error.
 */
class FindBadInputTest extends DatabaseTest {

  private final StatementCounter counter = new StatementCounter(dsl);
  private final BlogDao blogs = new BlogDao(counter.dsl());
  private final EntryDao entries = new EntryDao(counter.dsl());
  private final Blog blog = new BlogDao(dsl).insert(new Blog(null, "blog"));
  private final Entry entry = new EntryDao(dsl).insert(new Entry(null, blog.id(), "entry", 1, null));

  @Test
  void nullIsANullPointerExceptionNamingTheParameter() {
    Condition condition = ENTRY_TABLE.LIKES.gt(0);
    assertNpe("find must not be null (EntryDao.findAll)", () -> entries.findAll((Find) null));
    assertNpe("condition must not be null (EntryDao.count)", () -> entries.count(null));
    assertNpe("condition must not be null (EntryDao.exists)", () -> entries.exists(null));
    assertNpe("blog must not be null (BlogDao.getEntries)", () -> blogs.getEntries((Blog) null, Find.all()));
    assertNpe("find must not be null (BlogDao.getEntries)", () -> blogs.getEntries(blog, (Find) null));
    assertNpe("blogs must not be null (BlogDao.getEntries)", () -> blogs.getEntries((List<Blog>) null, Find.all()));
    assertNpe(
        "blogs must not contain null, found at position 1 (BlogDao.getEntries)",
        () -> blogs.getEntries(Arrays.asList(blog, null), Find.all()));
    assertNpe("find must not be null (BlogDao.getEntries)", () -> blogs.getEntries(List.of(blog), (Find) null));
    assertNpe("condition must not be null (BlogDao.countEntries)", () -> blogs.countEntries(blog, null));
    assertNpe("blog must not be null (BlogDao.countEntries)", () -> blogs.countEntries((Blog) null, condition));
    assertNpe("blogs must not be null (BlogDao.countEntries)", () -> blogs.countEntries((List<Blog>) null));
    assertNpe(
        "condition must not be null (BlogDao.countEntries)", () -> blogs.countEntries(List.of(blog), (Condition) null));
    assertNpe(
        "blogs must not contain null, found at position 0 (BlogDao.countEntries)",
        () -> blogs.countEntries(Arrays.asList((Blog) null), condition));
    assertNpe("entry must not be null (EntryDao.getLabels)", () -> entries.getLabels((Entry) null, Find.all()));
    assertNpe("find must not be null (EntryDao.getLabels)", () -> entries.getLabels(List.of(entry), (Find) null));
    assertNpe("condition must not be null (EntryDao.countLabels)", () -> entries.countLabels(entry, null));
    assertNpe(
        "condition must not be null (EntryDao.countLabels)", () -> entries.countLabels(List.of(entry), (Condition) null));
    assertEquals(0, counter.count(), counter.statements().toString());
  }

  @Test
  void anUnsavedParentIsRefusedBeforeAnyStatement() {
    Blog unsaved = new Blog(null, "draft");
    assertThrows(IllegalArgumentException.class, () -> blogs.getEntries(unsaved, Find.all()));
    assertThrows(IllegalArgumentException.class, () -> blogs.getEntries(List.of(blog, unsaved), Find.all().limit(1)));
    assertThrows(IllegalArgumentException.class, () -> blogs.countEntries(List.of(unsaved)));
    assertEquals(0, counter.count(), counter.statements().toString());
  }

  @Test
  void aConditionOnATableTheStatementDoesNotReadIsPostgresqlsError() {
    Find onTags = Find.where(TAG_TABLE.NAME.eq("java"));
    for (Executable call :
        List.<Executable>of(
            () -> entries.findAll(onTags),
            () -> entries.count(TAG_TABLE.NAME.eq("java")),
            () -> blogs.getEntries(List.of(blog), onTags.limit(3)),
            () -> blogs.countEntries(List.of(blog), TAG_TABLE.NAME.eq("java")))) {
      DataAccessException e = assertThrows(DataAccessException.class, call);
      assertEquals("42P01", e.sqlState(), e.getMessage()); // undefined_table: missing FROM-clause entry
    }
  }

  @Test
  void aNegativeLimitOrOffsetNeverReachesADao() {
    assertThrows(IllegalArgumentException.class, () -> blogs.getEntries(List.of(blog), Find.all().limit(-1)));
    assertThrows(IllegalArgumentException.class, () -> entries.findAll(Find.all().offset(-1)));
    assertEquals(0, counter.count());
  }

  private static void assertNpe(String message, Executable call) {
    assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
  }
}
