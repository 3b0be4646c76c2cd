package dev.relata.it;

import static dev.relata.it.model.EntryTable.ENTRY_TABLE;
import static dev.relata.it.model.LabelTable.LABEL_TABLE;
import static dev.relata.it.model.LabelingTable.LABELING_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Find;
import dev.relata.it.model.Blog;
import dev.relata.it.model.BlogDao;
import dev.relata.it.model.Entry;
import dev.relata.it.model.EntryDao;
import dev.relata.it.model.Label;
import dev.relata.it.model.LabelDao;
import dev.relata.it.model.Labeling;
import dev.relata.it.model.LabelingDao;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code @BelongsToMany}'s reads with a {@code Find}, on both sides: conditions and order on the
 * target's fields and on the through table's ({@code LABELING_TABLE.WEIGHT}), pages per owner,
 * counts. Expected values are computed in Java from the rows inserted.
 */
class BelongsToManyFindTest extends DatabaseTest {

  private final EntryDao entries = new EntryDao(dsl);
  private final LabelDao labels = new LabelDao(dsl);
  private List<Entry> storedEntries;
  private List<Label> storedLabels;
  private List<Labeling> links;

  /** 12 entries, 8 labels; entry i is linked to the labels j where (i + j) % 3 != 0, weights 0 to 3. */
  @BeforeEach
  void linked() {
    Blog blog = new BlogDao(dsl).insert(new Blog(null, "blog"));
    List<Entry> newEntries = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      newEntries.add(new Entry(null, blog.id(), "entry " + i, i % 4, null));
    }
    storedEntries = entries.insertAll(newEntries);
    List<Label> newLabels = new ArrayList<>();
    for (int j = 0; j < 8; j++) {
      newLabels.add(new Label(null, "label " + (char) ('a' + j % 5)));
    }
    storedLabels = labels.insertAll(newLabels);
    Random random = new Random(7);
    List<Labeling> newLinks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 8; j++) {
        if ((i + j) % 3 != 0) {
          newLinks.add(new Labeling(null, storedEntries.get(i).id(), storedLabels.get(j).id(), random.nextInt(4)));
        }
      }
    }
    links = new LabelingDao(dsl).insertAll(newLinks);
  }

  @Test
  void sortedAndFilteredOnTheThroughTable() {
    Find heaviest = Find.where(LABELING_TABLE.WEIGHT.ge(1)).orderBy(LABELING_TABLE.WEIGHT.desc()).limit(3);
    StatementCounter counter = new StatementCounter(dsl);
    Map<Entry, List<Label>> found = new EntryDao(counter.dsl()).getLabels(storedEntries, heaviest);
    assertEquals(1, counter.count(), counter.statements().toString());
    assertEquals(storedEntries, List.copyOf(found.keySet()));
    for (Entry entry : storedEntries) {
      List<Label> expected = labelsOf(entry, l -> l.weight() >= 1, heaviestFirst(), 3, 0);
      assertEquals(expected, found.get(entry), entry.title());
      assertEquals(expected, entries.getLabels(entry, heaviest), entry.title());
    }
  }

  @Test
  void sortedOnTheTargetThenTheThroughTableWithAnOffset() {
    Find byName = Find.all().orderBy(LABEL_TABLE.NAME.desc(), LABELING_TABLE.WEIGHT).limit(2).offset(1);
    Comparator<Labeling> order =
        Comparator.comparing((Labeling l) -> label(l).name())
            .reversed()
            .thenComparingInt(Labeling::weight)
            .thenComparing(Labeling::labelId);
    Map<Entry, List<Label>> found = entries.getLabels(storedEntries, byName);
    storedEntries.forEach(entry -> assertEquals(labelsOf(entry, l -> true, order, 2, 1), found.get(entry)));
  }

  @Test
  void withoutAPageEveryLinkedTargetInOrder() {
    Find light = Find.where(LABELING_TABLE.WEIGHT.lt(2)).orderBy(LABELING_TABLE.WEIGHT.desc());
    Map<Entry, List<Label>> found = entries.getLabels(storedEntries, light);
    storedEntries.forEach(
        entry -> assertEquals(labelsOf(entry, l -> l.weight() < 2, heaviestFirst(), 100, 0), found.get(entry)));
  }

  @Test
  void theOtherSideSortsOnTheThroughTableToo() {
    Find find = Find.where(ENTRY_TABLE.LIKES.gt(0)).orderBy(LABELING_TABLE.WEIGHT.desc()).limit(4);
    Map<Label, List<Entry>> found = labels.getEntries(storedLabels, find);
    for (Label label : storedLabels) {
      List<Entry> expected =
          links.stream()
              .filter(l -> l.labelId().equals(label.id()) && entry(l).likes() > 0)
              .sorted(Comparator.comparingInt(Labeling::weight).reversed().thenComparing(Labeling::entryId))
              .limit(4)
              .map(this::entry)
              .toList();
      assertEquals(expected, found.get(label), label.name());
    }
  }

  @Test
  void countsWithConditionsOnEitherTable() {
    Map<Entry, Long> all = entries.countLabels(storedEntries);
    Map<Entry, Long> heavy = entries.countLabels(storedEntries, LABELING_TABLE.WEIGHT.ge(2));
    Map<Entry, Long> named = entries.countLabels(storedEntries, LABEL_TABLE.NAME.eq("label a"));
    for (Entry entry : storedEntries) {
      assertEquals(linksOf(entry, l -> true), all.get(entry));
      assertEquals(linksOf(entry, l -> l.weight() >= 2), heavy.get(entry));
      assertEquals(linksOf(entry, l -> label(l).name().equals("label a")), named.get(entry));
      assertEquals(linksOf(entry, l -> l.weight() >= 2), entries.countLabels(entry, LABELING_TABLE.WEIGHT.ge(2)));
    }
    assertEquals(List.copyOf(storedEntries), List.copyOf(heavy.keySet()));
    Entry unlinked = entries.insert(new Entry(null, storedEntries.get(0).blogId(), "alone", 0, null));
    assertEquals(Map.of(unlinked, 0L), entries.countLabels(List.of(unlinked)));
    assertEquals(Map.of(unlinked, List.of()), entries.getLabels(List.of(unlinked), Find.all().limit(3)));
  }

  private Comparator<Labeling> heaviestFirst() {
    return Comparator.comparingInt(Labeling::weight).reversed().thenComparing(Labeling::labelId);
  }

  private List<Label> labelsOf(Entry entry, Predicate<Labeling> filter, Comparator<Labeling> order, int limit, int offset) {
    return links.stream()
        .filter(l -> l.entryId().equals(entry.id()) && filter.test(l))
        .sorted(order)
        .skip(offset)
        .limit(limit)
        .map(this::label)
        .toList();
  }

  private long linksOf(Entry entry, Predicate<Labeling> filter) {
    return links.stream().filter(l -> l.entryId().equals(entry.id()) && filter.test(l)).count();
  }

  private Label label(Labeling link) {
    return find(storedLabels, Label::id, link.labelId());
  }

  private Entry entry(Labeling link) {
    return find(storedEntries, Entry::id, link.entryId());
  }

  private static <T> T find(List<T> rows, Function<T, Long> id, Long wanted) {
    return rows.stream().filter(r -> id.apply(r).equals(wanted)).findFirst().orElseThrow();
  }
}
