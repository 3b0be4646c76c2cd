package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * Reads PostgreSQL's plan of a batch getter: the ids must arrive as a real {@code bigint[]}
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
    UserDao users = new UserDao(dsl);
    List<User> stored = users.insertAll(List.of(new User(null, "a"), new User(null, "b")));

    for (String planCacheMode : List.of("force_custom_plan", "force_generic_plan")) {
      ExplainInstead explain = new ExplainInstead();
      dsl.transaction(
          tx -> {
            tx.dsl().execute("set local plan_cache_mode = " + planCacheMode);
            DSLContext explaining = tx.derive(new DefaultExecuteListenerProvider(explain)).dsl();
            new UserDao(explaining).getPosts(stored);
          });
      String plan = String.join("\n", explain.plan);
      assertTrue(plan.contains("ANY"), plan);
      assertTrue(plan.contains("bigint[]") || plan.contains("$1"), plan);
      assertFalse(castFromText(plan), planCacheMode + ": the ids were sent as text\n" + plan);
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
