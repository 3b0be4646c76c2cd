package dev.relata.it;

import static dev.relata.it.model.EntryTable.ENTRY_TABLE;
import static dev.relata.it.model.LabelingTable.LABELING_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Asks PostgreSQL how a batch getter's ids arrive: as a real {@code bigint[]} parameter (its type
 * in {@code pg_prepared_statements}, and the plan holds it as an array constant, not a cast),
 * not as text cast to {@code bigint[]}, which PostgreSQL would parse again for every row wherever
 * {@code = any(...)} ends up as a row filter.
 */
class ArrayBindingPlanTest extends DatabaseTest {

  /** How a plan shows {@code = any(?)} given the ids 1 and 2 as a real {@code bigint[]}. */
  private static final String REAL_ARRAY = "= ANY ('{1,2}'::bigint[])";

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
    assertEquals(
        List.of("bigint[]"), parameterTypes(context -> new UserDao(context).getPosts(stored)));
    String plan = plan(explaining -> new UserDao(explaining).getPosts(stored));
    assertFalse(castFromText(plan), "the ids were sent as text\n" + plan);
    // The parameter is the array itself, planned as the constant it holds.
    assertTrue(plan.contains(REAL_ARRAY), plan);
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
   * Explains the statement {@code call} sends: {@code expected} shows in the plan, the ids are an
   * array constant there ({@code '{..}'::bigint[]}), and nothing parses them from text.
   */
  private void assertBoundAsArray(String what, String expected, Consumer<DSLContext> call) {
    String plan = plan(call);
    assertTrue(plan.contains(expected), what + "\n" + plan);
    assertTrue(plan.matches("(?s).*'\\{[0-9,]+\\}'::bigint\\[\\].*"), what + ": no bigint[] constant\n" + plan);
    assertFalse(castFromText(plan), what + ": the ids were sent as text\n" + plan);
  }

  /**
   * The control: an array sent as text and cast to {@code bigint[]} (as jOOQ 3.19's own binding of
   * a {@code Long[]} sends it; jOOQ 3.21's sends a real array), and every check above catches it:
   * the parameter's type, and the cast from text in the plan.
   */
  @Test
  void anArraySentAsTextWouldBeCaught() {
    Consumer<DSLContext> textBinding =
        context -> context.fetch(
            "select * from \"posts\" where \"user_id\" = any ({0})",
            DSL.cast(DSL.val("{1,2}"), SQLDataType.BIGINT.getArrayDataType()));
    assertEquals(List.of("character varying"), parameterTypes(textBinding));
    String plan = plan(textBinding);
    assertTrue(castFromText(plan), plan);
    assertFalse(plan.contains(REAL_ARRAY), plan);
  }

  /**
   * The types PostgreSQL gave the parameters of the statement {@code run} sends with {@code = any (}:
   * {@code pg_prepared_statements} lists each statement prepared on the server with them.
   */
  private static List<String> parameterTypes(Consumer<DSLContext> run) {
    return onServerPrepared(
        context -> {
          run.accept(context);
          return context.fetch(
                  "select unnest(parameter_types)::text from pg_prepared_statements"
                      + " where statement like '%= any (%' and statement not like '%pg_prepared_statements%'")
              .getValues(0, String.class);
        });
  }

  /**
   * The plan of the statement {@code run} sends, with its values. (No generic plan: PostgreSQL
   * plans the statement an {@code EXPLAIN} holds with the values bound to it, whatever {@code
   * plan_cache_mode} says.)
   */
  private String plan(Consumer<DSLContext> run) {
    ExplainInstead explain = new ExplainInstead();
    run.accept(dsl.configuration().derive(new DefaultExecuteListenerProvider(explain)).dsl());
    return String.join("\n", explain.plan);
  }

  /**
   * {@code work} on a connection of its own that prepares every statement on the server at once
   * ({@code prepareThreshold} 1), as the driver does for statements run five times or more. In one
   * transaction, which deallocates them before it ends: behind a pooler in transaction mode
   * (PgBouncer) the statements and the query of {@code pg_prepared_statements} must meet on one
   * server session, and that session outlives this connection, serving others afterwards.
   */
  private static <T> T onServerPrepared(Function<DSLContext, T> work) {
    try (Connection connection = SharedDatabase.get().dataSource().getConnection()) {
      PGConnection driver = connection.unwrap(PGConnection.class);
      driver.setPrepareThreshold(1);
      connection.setAutoCommit(false);
      try (Statement deallocate = connection.createStatement()) {
        T result = work.apply(DSL.using(connection, SQLDialect.POSTGRES));
        deallocate.execute("deallocate all");
        return result;
      } finally {
        // Else the driver would prepare its ROLLBACK on the server too, after the deallocation.
        driver.setPrepareThreshold(0);
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the plan parses the array from text: {@code ('{1,2}'::cstring)::bigint[]} and the like. */
  private static boolean castFromText(String plan) {
    return plan.contains("cstring")
        || plan.contains("character varying")
        || plan.contains("::text")
        || plan.contains(")::bigint[]");
  }
}
