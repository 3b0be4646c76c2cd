package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.runtime.internal.Posts.Post;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rows a batch method was given, told apart by id then {@code equals}, and the map it returns:
 * the same answers as a {@code LinkedHashMap} keyed by row.
 */
class DistinctRowsTest {

  private static final Post FIRST = new Post(1L, "First");
  private static final Post SECOND = new Post(2L, "Second");

  @Test
  void equalRowsCollapseAtTheirFirstPlace() {
    DistinctRows<Post, Long> rows =
        DistinctRows.of(Posts.ENTITY, List.of(SECOND, FIRST, new Post(2L, "Second")), "posts", "TagDao.getPosts");
    assertEquals(List.of(SECOND, FIRST), rows.rows());
    assertEquals(List.of(2L, 1L), new ArrayList<>(rows.ids()));
  }

  @Test
  void twoVersionsOfARowAreTwoKeysWithOneId() {
    Post renamed = new Post(1L, "First, renamed");
    DistinctRows<Post, Long> rows = DistinctRows.of(Posts.ENTITY, List.of(FIRST, renamed, FIRST), "posts", "m");
    assertEquals(List.of(FIRST, renamed), rows.rows());
    assertEquals(List.of(1L), new ArrayList<>(rows.ids()), "the statement asks for the id once");
    Map<Post, String> titles = rows.map(id -> "row " + id);
    assertEquals("row 1", titles.get(renamed));
    assertEquals(2, titles.size());
  }

  @Test
  void theMapAnswersAsALinkedHashMapWould() {
    Map<Post, String> map = DistinctRows.of(Posts.ENTITY, List.of(SECOND, FIRST), "posts", "m").map(id -> "row " + id);
    Map<Post, String> expected = new LinkedHashMap<>();
    expected.put(SECOND, "row 2");
    expected.put(FIRST, "row 1");
    assertEquals(expected, map);
    assertEquals(map, expected);
    assertEquals(expected.hashCode(), map.hashCode());
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(map.entrySet()), "input order");
    assertEquals("row 1", map.get(new Post(1L, "First")), "an equal copy finds its entry");
    assertTrue(map.containsKey(new Post(2L, "Second")));
    assertNull(map.get(new Post(1L, "Another title")));
    assertNull(map.get(new Post(null, "Unsaved")));
    assertNull(map.get("not a post"));
    assertFalse(map.containsKey(null));
  }

  @Test
  void theMapCannotBeChanged() {
    Map<Post, String> map = DistinctRows.of(Posts.ENTITY, List.of(FIRST), "posts", "m").map(id -> "row " + id);
    assertThrows(UnsupportedOperationException.class, () -> map.put(SECOND, "row 2"));
    assertThrows(UnsupportedOperationException.class, () -> map.remove(FIRST));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().remove());
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue("x"));
  }

  @Test
  void badArgumentsAreRefusedAsEveryBatchMethodRefusesThem() {
    NullPointerException none = assertThrows(NullPointerException.class, () -> DistinctRows.of(Posts.ENTITY, null, "posts", "TagDao.getPosts"));
    assertEquals("posts must not be null (TagDao.getPosts)", none.getMessage());
    IllegalArgumentException unsaved =
        assertThrows(
            IllegalArgumentException.class,
            () -> DistinctRows.of(Posts.ENTITY, List.of(FIRST, new Post(null, "New")), "posts", "TagDao.getPosts"));
    assertTrue(unsaved.getMessage().startsWith("TagDao.getPosts: posts element is a Post with a null id"), unsaved.getMessage());
  }

  @Test
  void rowsToldApartAlreadyAreTakenAsTheyAre() {
    DistinctRows<Post, Long> rows = DistinctRows.of(Posts.ENTITY, List.of(SECOND, FIRST), "posts", "m");
    assertSame(rows, DistinctRows.of(Posts.ENTITY, rows.rows(), "posts", "PostViewLoader.load"));
    assertNotSame(rows, DistinctRows.of(Posts.ENTITY, List.copyOf(rows.rows()), "posts", "m"));
    assertThrows(UnsupportedOperationException.class, () -> rows.rows().add(FIRST));
  }

  @Test
  void manyRowsGrowTheTable() {
    List<Post> posts = new ArrayList<>();
    for (long id = 1; id <= 1_000; id++) {
      posts.add(new Post(id, "Post " + id));
    }
    posts.add(new Post(500L, "Post 500, renamed"));
    DistinctRows<Post, Long> rows = DistinctRows.of(Posts.ENTITY, posts, "posts", "m");
    assertEquals(1_001, rows.size());
    assertEquals(1_000, rows.ids().size());
    assertEquals(1_000, rows.placeOf(new Post(500L, "Post 500, renamed")));
    assertEquals(499, rows.placeOf(new Post(500L, "Post 500")));
  }
}
