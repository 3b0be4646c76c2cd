package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Find;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The clauses a {@link Find} adds: only those it has, an offset of 0 left out. */
class FindQueriesTest {

  private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

  private String sql(Find find) {
    return dsl.render(FindQueries.select(DSL.select(Posts.ENTITY.columns()), Posts.ENTITY, Posts.POSTS, DSL.noCondition(), find));
  }

  @Test
  void onlyTheClausesTheFindHas() {
    String columns = "select \"posts\".\"id\", \"posts\".\"title\" from \"posts\"";
    assertEquals(columns + " order by \"posts\".\"id\"", sql(Find.all()));
    assertEquals(columns + " order by \"posts\".\"id\" fetch next ? rows only", sql(Find.all().limit(3)));
    assertEquals(columns + " order by \"posts\".\"id\" offset ? rows fetch next ? rows only", sql(Find.all().limit(3).offset(6)));
    assertEquals(columns + " order by \"posts\".\"id\" offset ? rows", sql(Find.all().offset(6)));
    assertEquals(
        columns + " order by \"posts\".\"title\" desc, \"posts\".\"id\" fetch next ? rows only",
        sql(Find.all().orderBy(Posts.POSTS.TITLE.desc()).limit(3)));
  }
}
