package dev.relata.it;

import static dev.relata.it.model.EntryTable.ENTRY_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code findAll(Find)}, {@code count(Condition)} and {@code exists(Condition)} on a DAO: order
 * with ties broken by id, pages that partition the rows exactly. Expected values are computed in
 * Java from the rows inserted.
 */
class FindTest extends DatabaseTest {

  /** Most liked first, then by id: the order {@code orderBy(LIKES.desc())} must give. */
  static final Comparator<Entry> MOST_LIKED = Comparator.comparingInt(Entry::likes).reversed().thenComparing(Entry::id);

  private final EntryDao entries = new EntryDao(dsl);
  private List<Entry> stored;

  @BeforeEach
  void entriesWithTies() {
    Blog blog = new BlogDao(dsl).insert(new Blog(null, "blog"));
    Random random = new Random(13);
    List<Entry> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(new Entry(null, blog.id(), "entry " + random.nextInt(10), random.nextInt(5), null));
    }
    stored = entries.insertAll(rows);
  }

  @Test
  void noOrderIsById() {
    assertEquals(sorted(Comparator.comparing(Entry::id)), entries.findAll(Find.all()));
  }

  @Test
  void tiesAreBrokenById() {
    assertTrue(stored.stream().map(Entry::likes).distinct().count() < stored.size(), "the data has ties");
    assertEquals(sorted(MOST_LIKED), entries.findAll(Find.all().orderBy(ENTRY_TABLE.LIKES.desc())));
  }

  @Test
  void anOrderByTheIdNeedsNoTieBreaker() {
    StatementCounter counter = new StatementCounter(dsl);
    List<Entry> newestFirst = new EntryDao(counter.dsl()).findAll(Find.all().orderBy(ENTRY_TABLE.ID.desc()));
    assertEquals(sorted(Comparator.comparing(Entry::id).reversed()), newestFirst);
    // (the table possibly named with a tenant's schema)
    assertTrue(counter.statements().get(0).matches(".* order by (\"\\w+\"\\.)?\"entries\"\\.\"id\" desc"),
        counter.statements().get(0));
  }

  @Test
  void orderByTwiceAppends() {
    Comparator<Entry> byTitleThenMostLiked =
        Comparator.comparing(Entry::title).thenComparing(Comparator.comparingInt(Entry::likes).reversed());
    assertEquals(
        sorted(byTitleThenMostLiked.thenComparing(Entry::id)),
        entries.findAll(Find.all().orderBy(ENTRY_TABLE.TITLE).orderBy(ENTRY_TABLE.LIKES.desc())));
  }

  @Test
  void pagesPartitionTheRowsExactly() {
    Find mostLiked = Find.where(ENTRY_TABLE.LIKES.ge(1)).orderBy(ENTRY_TABLE.LIKES.desc());
    List<Entry> expected = stored.stream().filter(e -> e.likes() >= 1).sorted(MOST_LIKED).toList();
    List<Entry> pages = new ArrayList<>();
    for (int offset = 0; offset < expected.size() + 7; offset += 7) {
      List<Entry> page = entries.findAll(mostLiked.limit(7).offset(offset));
      assertEquals(expected.subList(Math.min(offset, expected.size()), Math.min(offset + 7, expected.size())), page);
      pages.addAll(page);
    }
    assertEquals(expected, pages);
    assertEquals(pages.size(), new HashSet<>(pages).size(), "no row on two pages");
  }

  @Test
  void limitAndOffsetAlone() {
    List<Entry> byId = sorted(Comparator.comparing(Entry::id));
    assertEquals(byId.subList(0, 3), entries.findAll(Find.all().limit(3)));
    assertEquals(byId.subList(45, 50), entries.findAll(Find.all().offset(45)));
    assertEquals(List.of(), entries.findAll(Find.all().limit(0)));
    assertEquals(List.of(), entries.findAll(Find.all().offset(50)));
  }

  @Test
  void conditionsCombine() {
    Find find = Find.where(ENTRY_TABLE.LIKES.gt(1)).and(ENTRY_TABLE.TITLE.in("entry 1", "entry 2"));
    Predicate<Entry> matching = e -> e.likes() > 1 && List.of("entry 1", "entry 2").contains(e.title());
    assertEquals(stored.stream().filter(matching).sorted(Comparator.comparing(Entry::id)).toList(), entries.findAll(find));
  }

  @Test
  void countAndExists() {
    long liked = stored.stream().filter(e -> e.likes() > 2).count();
    assertTrue(liked > 0);
    assertEquals(liked, entries.count(ENTRY_TABLE.LIKES.gt(2)));
    assertTrue(entries.exists(ENTRY_TABLE.LIKES.gt(2)));
    assertEquals(0, entries.count(ENTRY_TABLE.LIKES.gt(100)));
    assertFalse(entries.exists(ENTRY_TABLE.LIKES.gt(100)));
    assertEquals(stored.size(), entries.count(org.jooq.impl.DSL.noCondition()));
  }

  @Test
  void eachIsOneStatement() {
    StatementCounter counter = new StatementCounter(dsl);
    EntryDao counted = new EntryDao(counter.dsl());
    counted.findAll(Find.where(ENTRY_TABLE.LIKES.gt(1)).orderBy(ENTRY_TABLE.TITLE).limit(3).offset(2));
    counted.count(ENTRY_TABLE.LIKES.gt(1));
    counted.exists(ENTRY_TABLE.LIKES.gt(1));
    assertEquals(3, counter.count(), counter.statements().toString());
  }

  private List<Entry> sorted(Comparator<Entry> order) {
    return stored.stream().sorted(order).toList();
  }
}
