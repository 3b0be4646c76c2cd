package dev.relata.it;

import static dev.relata.it.model.EntryTable.ENTRY_TABLE;
import static dev.relata.it.model.LabelingTable.LABELING_TABLE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * Reads PostgreSQL's plan of each batch read: the ids must arrive as a real {@code bigint[]}
 * parameter, not as text cast to {@code bigint[]}, which PostgreSQL would parse again for every
 * row wherever {@code = any(...)} ends up as a row filter.
 */
class ArrayBindingPlanTest extends DatabaseTest {

  /** Runs {@code EXPLAIN} of each statement instead of the statement, with the same binds, and keeps the plan. */
  private static final class ExplainInstead implements ExecuteListener {
    final List<String> plan = new ArrayList<>();

    @Override
    public void renderEnd(ExecuteContext ctx) {
      ctx.sql("explain (verbose) " + ctx.sql());
    }

    /** Reads the plan before jOOQ does: jOOQ then finds no rows, and the getter returns empty lists. */
    @Override
    public void executeEnd(ExecuteContext ctx) {
      try {
        ResultSet rows = ctx.resultSet();
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void idsAreBoundAsARealArray() {
    List<User> stored = new UserDao(dsl).insertAll(List.of(new User(null, "a"), new User(null, "b")));
    assertBoundAsArray("getPosts(users)", "ANY", explaining -> new UserDao(explaining).getPosts(stored));
  }

  /** The batch reads with a {@code Find} or a {@code Condition}: {@code = any(?)}, or {@code unnest(?)} for pages. */
  @Test
  void theBatchReadsOfFindBindRealArraysToo() {
    Blog blog = new BlogDao(dsl).insert(new Blog(null, "blog"));
    Entry entry = new EntryDao(dsl).insert(new Entry(null, blog.id(), "entry", 1, null));
    List<Blog> blogs = List.of(blog);
    List<Entry> entries = List.of(entry);
    Find liked = Find.where(ENTRY_TABLE.LIKES.gt(0)).orderBy(ENTRY_TABLE.LIKES.desc());
    Find heavy = Find.where(LABELING_TABLE.WEIGHT.gt(0)).orderBy(LABELING_TABLE.WEIGHT.desc());
    assertBoundAsArray("getEntries(blogs, find)", "ANY", explaining -> new BlogDao(explaining).getEntries(blogs, liked));
    assertBoundAsArray(
        "getEntries(blogs, find.limit(3))", "unnest", explaining -> new BlogDao(explaining).getEntries(blogs, liked.limit(3)));
    assertBoundAsArray("countEntries(blogs)", "ANY", explaining -> new BlogDao(explaining).countEntries(blogs));
    assertBoundAsArray(
        "countEntries(blogs, condition)",
        "ANY",
        explaining -> new BlogDao(explaining).countEntries(blogs, ENTRY_TABLE.LIKES.gt(0)));
    assertBoundAsArray("getLabels(entries, find)", "ANY", explaining -> new EntryDao(explaining).getLabels(entries, heavy));
    assertBoundAsArray(
        "getLabels(entries, find.offset(1))",
        "unnest",
        explaining -> new EntryDao(explaining).getLabels(entries, heavy.offset(1)));
    assertBoundAsArray(
        "countLabels(entries, condition)",
        "ANY",
        explaining -> new EntryDao(explaining).countLabels(entries, LABELING_TABLE.WEIGHT.gt(0)));
  }

  /**
   * Explains the statement {@code call} sends, under a custom and a generic plan: it must use the
   * array ({@code expected} shows in the plan) and never parse it from text.
   */
  private void assertBoundAsArray(String what, String expected, Consumer<DSLContext> call) {
    for (String planCacheMode : List.of("force_custom_plan", "force_generic_plan")) {
      ExplainInstead explain = new ExplainInstead();
      dsl.transaction(
          tx -> {
            tx.dsl().execute("set local plan_cache_mode = " + planCacheMode);
            call.accept(tx.derive(new DefaultExecuteListenerProvider(explain)).dsl());
          });
      String plan = String.join("\n", explain.plan);
      assertTrue(plan.contains(expected), what + "\n" + plan);
      assertTrue(plan.contains("bigint[]") || plan.contains("$1"), what + "\n" + plan);
      assertFalse(castFromText(plan), what + ", " + planCacheMode + ": the ids were sent as text\n" + plan);
    }
  }

  /** The control: jOOQ's own array binding sends text, and the plan shows the cast this test looks for. */
  @Test
  void jooqsDefaultArrayBindingWouldBeCaught() {
    String plan =
        String.join(
            "\n",
            dsl.fetch(
                    "explain (verbose) select * from \"posts\" where \"user_id\" = any({0})",
                    DSL.val(new Long[] {1L, 2L}))
                .getValues(0, String.class));
    assertTrue(castFromText(plan), plan);
  }

  /** Whether the plan parses the array from text: {@code ('{1,2}'::cstring)::bigint[]} and the like. */
  private static boolean castFromText(String plan) {
    return plan.contains("cstring")
        || plan.contains("character varying")
        || plan.contains("::text")
        || plan.contains(")::bigint[]");
  }
}
