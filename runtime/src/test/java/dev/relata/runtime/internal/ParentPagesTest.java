package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** A page of rows per parent: the parents' ids unnested, each one's page a lateral subquery that refers to it. */
class ParentPagesTest {

  private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

  @Test
  void eachParentsPageIsALateralSubqueryOverTheUnnestedIds() {
    Posts posts = Posts.POSTS;
    ParentPages<Long> pages =
        new ParentPages<>(
            posts.ID, SqlArray.of(posts.ID, List.of(1L, 2L)),
            parentId -> DSL.select(posts.TITLE).from(posts).where(posts.ID.eq(parentId)).orderBy(posts.TITLE).limit(3));
    assertEquals(
        "select \"found\".\"title\", \"parent\".\"id\" from unnest(?::int8[]) as \"parent\" (\"id\")"
            + " cross join lateral (select \"posts\".\"title\" from \"posts\" where \"posts\".\"id\" = \"parent\".\"id\""
            + " order by \"posts\".\"title\" fetch next ? rows only) as \"found\"",
        dsl.render(pages.from(DSL.select(List.of(pages.column("title", SQLDataType.CLOB), pages.parentId())))));
  }
}
