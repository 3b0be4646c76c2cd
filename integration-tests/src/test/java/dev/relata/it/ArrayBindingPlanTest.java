package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    UserDao users = new UserDao(dsl);
    List<User> stored = users.insertAll(List.of(new User(null, "a"), new User(null, "b")));

    assertEquals(
        List.of("bigint[]"), parameterTypes(context -> new UserDao(context).getPosts(stored)));
    String plan = plan(explaining -> new UserDao(explaining).getPosts(stored));
    assertFalse(castFromText(plan), "the ids were sent as text\n" + plan);
    // The parameter is the array itself, planned as the constant it holds.
    assertTrue(plan.contains(REAL_ARRAY), plan);
  }

  /**
   * The control: jOOQ's own array binding sends text, and every check above catches it: the
   * parameter's type, and the cast from text in the plan.
   */
  @Test
  void jooqsDefaultArrayBindingWouldBeCaught() {
    Consumer<DSLContext> jooqBinding =
        context -> context.fetch(
            "select * from \"posts\" where \"user_id\" = any({0})", DSL.val(new Long[] {1L, 2L}));
    assertEquals(List.of("character varying"), parameterTypes(jooqBinding));
    String plan = plan(jooqBinding);
    assertTrue(castFromText(plan), plan);
    assertFalse(plan.contains(REAL_ARRAY), plan);
  }

  /**
   * The types PostgreSQL gave the parameters of the statement {@code run} sends with {@code = any(}:
   * {@code pg_prepared_statements} lists each statement prepared on the server with them.
   */
  private static List<String> parameterTypes(Consumer<DSLContext> run) {
    return onServerPrepared(
        context -> {
          run.accept(context);
          return context.fetch(
                  "select unnest(parameter_types)::text from pg_prepared_statements"
                      + " where statement like '%= any(%' and statement not like '%pg_prepared_statements%'")
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
   * ({@code prepareThreshold} 1), as the driver does for statements run five times or more.
   */
  private static <T> T onServerPrepared(Function<DSLContext, T> work) {
    try (Connection connection = SharedDatabase.get().dataSource().getConnection()) {
      connection.unwrap(PGConnection.class).setPrepareThreshold(1);
      return work.apply(DSL.using(connection, SQLDialect.POSTGRES));
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
