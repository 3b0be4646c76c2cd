package dev.relata.it;

import static dev.relata.it.FindTest.MOST_LIKED;
import static dev.relata.it.model.EntryTable.ENTRY_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code @HasMany}'s reads with a {@code Find}: one parent, and many in one statement where the
 * limit and offset apply to each parent's list; its counts, with a condition and batched. Expected
 * values are computed in Java from the rows inserted.
 */
class PerParentFindTest extends DatabaseTest {

  private final BlogDao blogs = new BlogDao(dsl);
  private final EntryDao entries = new EntryDao(dsl);

  /** {@code parents} blogs; blog i has i % 7 entries (so every seventh has none), likes 0 to 4. */
  private Map<Blog, List<Entry>> seed(int parents) {
    List<Blog> stored = new ArrayList<>();
    for (int i = 0; i < parents; i++) {
      stored.add(new Blog(null, "blog " + i));
    }
    stored = blogs.insertAll(stored);
    Random random = new Random(parents);
    List<Entry> rows = new ArrayList<>();
    for (int round = 0; round < 6; round++) { // interleaved, as rows arrive in real life
      for (int i = 0; i < parents; i++) {
        if (round < i % 7) {
          rows.add(new Entry(null, stored.get(i).id(), "entry " + round, random.nextInt(5), null));
        }
      }
    }
    Map<Long, List<Entry>> byBlog =
        entries.insertAll(rows).stream().collect(Collectors.groupingBy(Entry::blogId));
    Map<Blog, List<Entry>> seeded = new LinkedHashMap<>();
    stored.forEach(blog -> seeded.put(blog, byBlog.getOrDefault(blog.id(), List.of())));
    return seeded;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000, 40_000})
  void topNOfEachParentInOneStatement(int parents) {
    Map<Blog, List<Entry>> seeded = seed(parents);
    List<Blog> input = List.copyOf(seeded.keySet());
    StatementCounter counter = new StatementCounter(dsl);
    BlogDao counted = new BlogDao(counter.dsl());

    Map<Blog, List<Entry>> top3 = counted.getEntries(input, Find.all().orderBy(ENTRY_TABLE.LIKES.desc()).limit(3));
    assertEquals(1, counter.count(), counter.statements().toString());
    assertEquals(input, List.copyOf(top3.keySet()), "every parent is a key, in input order");
    seeded.forEach((blog, own) -> assertEquals(page(own, MOST_LIKED, e -> true, 3, 0), top3.get(blog), blog.name()));

    counter.reset();
    Find secondPageOfLiked =
        Find.where(ENTRY_TABLE.LIKES.ge(1)).orderBy(ENTRY_TABLE.LIKES.desc()).limit(2).offset(2);
    Map<Blog, List<Entry>> second = counted.getEntries(input, secondPageOfLiked);
    assertEquals(1, counter.count(), counter.statements().toString());
    seeded.forEach(
        (blog, own) -> assertEquals(page(own, MOST_LIKED, e -> e.likes() >= 1, 2, 2), second.get(blog), blog.name()));

    counter.reset();
    Map<Blog, Long> counts = counted.countEntries(input, ENTRY_TABLE.LIKES.ge(1));
    assertEquals(1, counter.count(), counter.statements().toString());
    assertEquals(input, List.copyOf(counts.keySet()));
    seeded.forEach((blog, own) -> assertEquals(own.stream().filter(e -> e.likes() >= 1).count(), counts.get(blog)));
  }

  @Test
  void pagesOfEachParentPartitionItsRows() {
    Map<Blog, List<Entry>> seeded = seed(30);
    List<Blog> input = List.copyOf(seeded.keySet());
    Find byTitle = Find.all().orderBy(ENTRY_TABLE.TITLE.desc(), ENTRY_TABLE.LIKES);
    Comparator<Entry> order =
        Comparator.comparing(Entry::title).reversed().thenComparingInt(Entry::likes).thenComparing(Entry::id);
    Map<Blog, List<Entry>> concatenated = new LinkedHashMap<>();
    for (int offset = 0; offset < 8; offset += 2) {
      blogs.getEntries(input, byTitle.limit(2).offset(offset))
          .forEach((blog, page) -> concatenated.computeIfAbsent(blog, b -> new ArrayList<>()).addAll(page));
    }
    seeded.forEach((blog, own) -> assertEquals(page(own, order, e -> true, 100, 0), concatenated.get(blog)));
  }

  @Test
  void withoutLimitOrOffsetEachParentGetsAllItsRowsInOrder() {
    Map<Blog, List<Entry>> seeded = seed(50);
    StatementCounter counter = new StatementCounter(dsl);
    Map<Blog, List<Entry>> found =
        new BlogDao(counter.dsl())
            .getEntries(List.copyOf(seeded.keySet()), Find.where(ENTRY_TABLE.LIKES.lt(4)).orderBy(ENTRY_TABLE.LIKES.desc()));
    assertEquals(1, counter.count());
    seeded.forEach((blog, own) -> assertEquals(page(own, MOST_LIKED, e -> e.likes() < 4, 100, 0), found.get(blog)));
  }

  @Test
  void onlyAnOffsetSkipsThatManyOfEach() {
    Map<Blog, List<Entry>> seeded = seed(20);
    Map<Blog, List<Entry>> found = blogs.getEntries(List.copyOf(seeded.keySet()), Find.all().offset(4));
    seeded.forEach(
        (blog, own) -> assertEquals(page(own, Comparator.comparing(Entry::id), e -> true, 100, 4), found.get(blog)));
  }

  @Test
  void oneParent() {
    Map<Blog, List<Entry>> seeded = seed(7);
    Blog blog = List.copyOf(seeded.keySet()).get(6);
    List<Entry> own = seeded.get(blog);
    assertEquals(6, own.size());
    assertEquals(page(own, MOST_LIKED, e -> true, 3, 0), blogs.getEntries(blog, Find.all().orderBy(ENTRY_TABLE.LIKES.desc()).limit(3)));
    assertEquals(
        page(own, MOST_LIKED, e -> e.likes() > 0, 2, 1),
        blogs.getEntries(blog, Find.where(ENTRY_TABLE.LIKES.gt(0)).orderBy(ENTRY_TABLE.LIKES.desc()).limit(2).offset(1)));
    assertEquals(own, blogs.getEntries(blog, Find.all()));
    assertEquals(own.stream().filter(e -> e.likes() > 1).count(), blogs.countEntries(blog, ENTRY_TABLE.LIKES.gt(1)));
    assertEquals(List.of(), blogs.getEntries(List.copyOf(seeded.keySet()).get(0), Find.all().limit(3)));
  }

  @Test
  void countsOfEveryParentWithZeros() {
    Map<Blog, List<Entry>> seeded = seed(21);
    List<Blog> input = new ArrayList<>(seeded.keySet());
    java.util.Collections.reverse(input);
    Map<Blog, Long> counts = blogs.countEntries(input);
    assertEquals(input, List.copyOf(counts.keySet()), "input order");
    input.forEach(blog -> assertEquals((long) seeded.get(blog).size(), counts.get(blog)));
    assertTrue(counts.containsValue(0L));
    assertEquals(Map.of(), blogs.countEntries(List.of()));
  }

  @Test
  void emptyInputSendsNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    BlogDao counted = new BlogDao(counter.dsl());
    assertEquals(Map.of(), counted.getEntries(List.of(), Find.all().limit(3)));
    assertEquals(Map.of(), counted.getEntries(List.of(), Find.all()));
    assertEquals(Map.of(), counted.countEntries(List.of(), ENTRY_TABLE.LIKES.gt(1)));
    assertEquals(0, counter.count());
  }

  @Test
  void duplicateParentsCollapse() {
    Map<Blog, List<Entry>> seeded = seed(7);
    Blog blog = List.copyOf(seeded.keySet()).get(5);
    Map<Blog, List<Entry>> found = blogs.getEntries(List.of(blog, blog), Find.all().limit(2));
    assertEquals(Map.of(blog, seeded.get(blog).subList(0, 2)), found);
    assertEquals(Map.of(blog, 5L), blogs.countEntries(List.of(blog, blog)));
  }

  /** What a page must hold: {@code own} filtered, sorted, then the window. */
  private static List<Entry> page(List<Entry> own, Comparator<Entry> order, Predicate<Entry> filter, int limit, int offset) {
    return own.stream().filter(filter).sorted(order).skip(offset).limit(limit).toList();
  }
}
