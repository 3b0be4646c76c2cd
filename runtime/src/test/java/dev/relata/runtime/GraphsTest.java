package dev.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.exception.NoDataFoundException;
import org.junit.jupiter.api.Test;

/** What the generated loaders call to nest one level of graphs into the level above. */
class GraphsTest {

  /** A graph of a child row, as a nested loader returns it: one per row, in the order given. */
  private record View(String row) {}

  private final List<List<String>> calls = new ArrayList<>();

  private List<View> load(List<String> rows) {
    calls.add(rows);
    return rows.stream().map(View::new).toList();
  }

  @Test
  void nestLoadsEveryDistinctChildOnceAndKeepsEachParentsOrder() {
    Map<String, List<String>> children = new LinkedHashMap<>();
    children.put("java", List.of("post 2", "post 1"));
    children.put("sql", List.of("post 1", "post 3"));
    children.put("c", List.of());
    Map<String, List<View>> nested = Graphs.nest(children, this::load);
    assertEquals(List.of(List.of("post 2", "post 1", "post 3")), calls, "one call, each child once");
    assertEquals(List.of(new View("post 2"), new View("post 1")), nested.get("java"));
    assertSame(nested.get("java").get(1), nested.get("sql").get(0), "a shared child is one graph");
    assertEquals(List.of(), nested.get("c"));
    assertThrows(UnsupportedOperationException.class, () -> nested.get("sql").add(new View("x")));
  }

  @Test
  void nestOneLeavesParentsWithoutAChildOut() {
    Map<String, String> children = Map.of("post 1", "alice", "post 2", "alice");
    Map<String, View> nested = Graphs.nestOne(children, this::load);
    assertEquals(List.of(List.of("alice")), calls);
    assertEquals(new View("alice"), nested.get("post 2"));
    assertEquals(null, nested.get("post 3"));
  }

  @Test
  void nothingToNestLoadsNothing() {
    assertEquals(Map.of("java", List.of()), Graphs.nest(Map.of("java", List.<String>of()), this::load));
    assertEquals(Map.of(), Graphs.nestOne(Map.<String, String>of(), this::load));
    assertEquals(List.of(), calls);
  }

  @Test
  void aLoaderThatLosesRowsIsABug() {
    IllegalStateException wrong =
        assertThrows(IllegalStateException.class, () -> Graphs.nest(Map.of("java", List.of("post 1")), rows -> List.of()));
    assertEquals("a loader returned 0 graphs for 1 rows", wrong.getMessage());
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
    List<View> graphs = Graphs.assemble(List.of("b", "a"), View::new);
    assertEquals(List.of(new View("b"), new View("a")), graphs);
    assertThrows(UnsupportedOperationException.class, () -> graphs.add(new View("c")));
  }
}
