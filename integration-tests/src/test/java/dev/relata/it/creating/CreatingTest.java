package dev.relata.it.creating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.SharedDatabase;
import dev.relata.it.StatementCounter;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code XLoader.insert} where the database completes the rows (timestamps, versions) and where
 * it refuses one: all or nothing, and a savepoint inside a caller's transaction.
 */
class CreatingTest {

  private final DSLContext dsl = SharedDatabase.dsl();

  @BeforeEach
  void freshSchema() {
    SharedDatabase.fresh(dsl, RelataSchema.class, RelataSchema::drop, RelataSchema::create);
  }

  private static AuthorGraph author(String name, String... slugs) {
    List<Chapter> chapters = new java.util.ArrayList<>();
    for (String slug : slugs) {
      chapters.add(new Chapter(null, 0, slug));
    }
    return new AuthorGraph(
        new Author(null, name, null),
        List.of(new BookGraph(new Book(null, null, "book of " + name, 7), chapters)),
        0);
  }

  @Test
  void timestampsAndVersionsComeBackAsTheDatabaseSetThem() {
    Instant before = dsl.select(org.jooq.impl.DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
    AuthorGraph stored = new AuthorGraphLoader(dsl).insert(author("Ann", "intro", "end"));
    assertNotNull(stored.author().createdAt());
    assertTrue(!stored.author().createdAt().isBefore(before.minusSeconds(1)), stored.author().createdAt().toString());
    assertEquals(0, stored.books().get(0).book().version(), "insert stores 0 whatever the record holds");
    assertEquals(1, stored.booksCount());
    assertEquals(stored, new AuthorGraphLoader(dsl).findAllById(List.of(stored.author().id())).get(0));
  }

  @Test
  void aViolationAtTheThirdLevelLeavesNoRowOfTheCall() {
    AuthorGraphLoader loader = new AuthorGraphLoader(dsl);
    assertThrows(IntegrityConstraintViolationException.class,
        () -> loader.insert(List.of(author("Ann", "intro"), author("Ben", "intro"))));
    assertEquals(0, new AuthorDao(dsl).count());
    assertEquals(0, new BookDao(dsl).count());
    assertEquals(0, new ChapterDao(dsl).count());
  }

  @Test
  void aNullWhereAColumnIsNotNullIsRefusedBeforeAnySql() {
    StatementCounter counter = new StatementCounter(dsl);
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> new AuthorGraphLoader(counter.dsl()).insert(author("Ann", "intro", null)));
    assertTrue(refused.getMessage().startsWith("Chapter.slug must not be null"), refused.getMessage());
    assertTrue(refused.getMessage().endsWith("(AuthorGraphLoader.insert)"), refused.getMessage());
    assertEquals(0, counter.count(), counter.statements().toString());
  }

  @Test
  void insideACallersTransactionItIsASavepoint() {
    dsl.transaction(
        tx -> {
          AuthorGraphLoader loader = new AuthorGraphLoader(tx.dsl());
          Author kept = new AuthorDao(tx.dsl()).insert(new Author(null, "kept", null));
          loader.insert(author("Ann", "intro"));
          // The failing insert rolls back to its savepoint: the caller's rows and the first graph stay.
          assertThrows(IntegrityConstraintViolationException.class, () -> loader.insert(author("Ben", "intro")));
          assertEquals(List.of(kept.id()), List.of(new AuthorDao(tx.dsl()).findById(kept.id()).orElseThrow().id()));
        });
    assertEquals(List.of("kept", "Ann"), new AuthorDao(dsl).findAll().stream().map(Author::name).toList());
    assertEquals(1, new ChapterDao(dsl).count());
    // And the caller's rollback takes the graphs with it.
    assertThrows(IllegalStateException.class,
        () -> dsl.transaction(
            tx -> {
              new AuthorGraphLoader(tx.dsl()).insert(author("Cy", "outro"));
              throw new IllegalStateException("the caller fails");
            }));
    assertEquals(2, new AuthorDao(dsl).count());
  }
}
