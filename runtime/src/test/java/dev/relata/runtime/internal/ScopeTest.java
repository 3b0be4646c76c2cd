package dev.relata.runtime.internal;

import static dev.relata.runtime.internal.Posts.POSTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.runtime.internal.Posts.Post;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** {@link Scope}: the condition reads add, the values writes set, the check of a record in hand. */
class ScopeTest {

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  @Test
  void noneIsNoConditionAndNoValues() {
    assertTrue(Scope.none().isEmpty());
    assertSame(DSL.noCondition(), Scope.none().condition(), "renders nothing in a statement");
    assertEquals(Map.of(), Scope.none().values());
    Scope.none().check(Posts.ENTITY, new Post(1L, "anything"), "m");
  }

  @Test
  void pairsAllHoldAndTheirValuesAreBound() {
    Scope scope = Scope.where(POSTS.TITLE, "lead").and(POSTS.ID, 7L);
    assertEquals(
        "(\"posts\".\"title\" = ? and \"posts\".\"id\" = ?)", POSTGRES.render(scope.condition()));
    assertEquals(List.of("lead", 7L), POSTGRES.extractBindValues(scope.condition()));
    assertEquals(
        "(\"posts\".\"title\" is distinct from ? or \"posts\".\"id\" is distinct from ?)",
        POSTGRES.render(scope.outside()));
    assertEquals(List.of(POSTS.TITLE, POSTS.ID), List.copyOf(scope.values().keySet()));
    assertEquals(
        Map.of(POSTS.ID, 7L, POSTS.TITLE, "lead"), scope.valuesAnd(Map.of(POSTS.ID, 1L, POSTS.TITLE, "x")),
        "the scope's values win over the others");
    assertFalse(scope.isEmpty());
  }

  @Test
  void aRecordHoldingAnotherValueIsRefusedWithoutItsValues() {
    Scope scope = Scope.where(POSTS.TITLE, "lead");
    scope.check(Posts.ENTITY, new Post(1L, "lead"), "m");
    scope.check(Posts.ENTITY, new Post(1L, null), "m");
    IllegalArgumentException stored =
        assertThrows(IllegalArgumentException.class, () -> scope.check(Posts.ENTITY, new Post(5L, "secret"), "PostDao.addX"));
    assertEquals(
        "PostDao.addX: Post 5 is out of its scope: its title is not lead (give it lead or null); nothing was changed",
        stored.getMessage());
    IllegalArgumentException fresh =
        assertThrows(
            IllegalArgumentException.class,
            () -> scope.checkAll(Posts.ENTITY, List.of(new Post(null, "lead"), new Post(null, "secret")), "m"));
    assertFalse(fresh.getMessage().contains("secret"), fresh.getMessage());
    assertTrue(fresh.getMessage().startsWith("m: the new Post is out of its scope"), fresh.getMessage());
  }
}
