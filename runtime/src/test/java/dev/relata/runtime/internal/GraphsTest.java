package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.relata.runtime.internal.Posts.Post;
import org.jooq.exception.NoDataFoundException;
import org.junit.jupiter.api.Test;

/** What the generated loaders call to nest one level of graphs into the level above. */
class GraphsTest {

  /** A graph of a child row, as a nested loader returns it: one per row, in the order given. */
  private record View(Post row) {}

  private static final Post FIRST = new Post(1L, "First");
  private static final Post SECOND = new Post(2L, "Second");
  private static final Post THIRD = new Post(3L, "Third");

  private final List<List<Post>> calls = new ArrayList<>();

  private List<View> load(List<Post> rows) {
    calls.add(List.copyOf(rows));
    return rows.stream().map(View::new).toList();
  }

  @Test
  void nestLoadsEveryDistinctChildOnceAndKeepsEachParentsOrder() {
    Map<String, List<Post>> children = new LinkedHashMap<>();
    // The same row read twice by one statement: equal, not the same instance.
    children.put("java", List.of(SECOND, FIRST));
    children.put("sql", List.of(new Post(1L, "First"), THIRD));
    children.put("c", List.of());
    Map<String, List<View>> nested = Graphs.nest(Posts.ENTITY, children, this::load);
    assertEquals(List.of(List.of(SECOND, FIRST, THIRD)), calls, "one call, each child once");
    assertEquals(List.of(new View(SECOND), new View(FIRST)), nested.get("java"));
    assertSame(nested.get("java").get(1), nested.get("sql").get(0), "a shared child is one graph");
    assertEquals(List.of(), nested.get("c"));
    assertThrows(UnsupportedOperationException.class, () -> nested.get("sql").add(new View(FIRST)));
  }

  @Test
  void twoVersionsOfARowAreTwoChildren() {
    Post renamed = new Post(1L, "First, renamed");
    Map<String, List<Post>> nested = Map.of("java", List.of(FIRST, renamed));
    assertEquals(
        List.of(new View(FIRST), new View(renamed)), Graphs.nest(Posts.ENTITY, nested, this::load).get("java"));
    assertEquals(List.of(List.of(FIRST, renamed)), calls);
  }

  @Test
  void nestOneLeavesParentsWithoutAChildOut() {
    Map<String, Post> children = Map.of("comment 1", FIRST, "comment 2", new Post(1L, "First"));
    Map<String, View> nested = Graphs.nestOne(Posts.ENTITY, children, this::load);
    assertEquals(List.of(List.of(FIRST)), calls);
    assertEquals(new View(FIRST), nested.get("comment 2"));
    assertEquals(null, nested.get("comment 3"));
  }

  @Test
  void nothingToNestLoadsNothing() {
    assertEquals(Map.of("java", List.of()), Graphs.nest(Posts.ENTITY, Map.of("java", List.<Post>of()), this::load));
    assertEquals(Map.of(), Graphs.nestOne(Posts.ENTITY, Map.<String, Post>of(), this::load));
    assertEquals(List.of(), calls);
  }

  @Test
  void aLoaderThatLosesRowsIsABug() {
    IllegalStateException wrong =
        assertThrows(
            IllegalStateException.class,
            () -> Graphs.nest(Posts.ENTITY, Map.of("java", List.of(FIRST)), rows -> List.<View>of()));
    assertEquals("a loader returned 0 graphs for 1 rows", wrong.getMessage());
  }

  @Test
  void rootsAreCheckedAndCollapsed() {
    assertEquals(List.of(SECOND, FIRST), Graphs.roots(Posts.ENTITY, List.of(SECOND, FIRST, new Post(2L, "Second")), "posts", "PostViewLoader.load"));
    NullPointerException none =
        assertThrows(NullPointerException.class, () -> Graphs.roots(Posts.ENTITY, java.util.Arrays.asList(FIRST, null), "posts", "PostViewLoader.load"));
    assertEquals("posts must not contain null, found at position 1 (PostViewLoader.load)", none.getMessage());
    IllegalArgumentException unsaved =
        assertThrows(IllegalArgumentException.class, () -> Graphs.roots(Posts.ENTITY, List.of(new Post(null, "New")), "posts", "PostViewLoader.load"));
    assertTrue(unsaved.getMessage().startsWith("PostViewLoader.load: posts element is a Post with a null id"), unsaved.getMessage());
  }

  @Test
  void aRequiredRowThatIsMissingSaysWhichGraphAndComponent() {
    assertEquals("post 1", Graphs.required(Map.of("comment 1", "post 1"), "comment 1", "post", "CommentView"));
    NoDataFoundException missing =
        assertThrows(NoDataFoundException.class, () -> Graphs.required(Map.of(), "comment 2", "post", "CommentView"));
    assertTrue(
        missing.getMessage().startsWith("CommentView.post: a NOT NULL foreign key points at a row that is not in the"),
        missing.getMessage());
    assertFalse(missing.getMessage().contains("comment 2"), "no row values in messages");
  }

  @Test
  void assembleKeepsTheRootsOrder() {
    List<View> graphs = Graphs.assemble(List.of(SECOND, FIRST), View::new);
    assertEquals(List.of(new View(SECOND), new View(FIRST)), graphs);
    assertThrows(UnsupportedOperationException.class, () -> graphs.add(new View(THIRD)));
  }
}
