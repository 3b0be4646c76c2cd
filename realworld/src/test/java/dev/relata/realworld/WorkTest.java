package dev.relata.realworld;

import static dev.relata.realworld.model.TagTable.TAG_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.realworld.model.Tag;
import dev.relata.realworld.model.TagDao;
import dev.relata.serving.StatementTimer;
import dev.relata.serving.Work;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A transaction of the server's {@link Work} that loses a race on a unique value runs again; other failures do not. */
class WorkTest {

  private final TestServer server = TestServer.get().reset();
  private final Work work = new Work(server.dataSource()).retryingUniqueViolations(3);

  @Test
  void aTransactionThatLosesAUniqueRaceRunsAgain() {
    AtomicInteger attempts = new AtomicInteger();
    StatementTimer timer = new StatementTimer();
    long tags = work.transaction(timer, dsl -> {
      TagDao dao = new TagDao(dsl);
      if (attempts.incrementAndGet() == 1) {
        // As if another request had committed "java" between this one's check and its insert.
        new TagDao(server.dsl()).insert(new Tag(null, "java"));
        dao.insert(new Tag(null, "java"));
      }
      return dao.count(TAG_TABLE.NAME.eq("java"));
    });
    assertEquals(2, attempts.get());
    assertEquals(1, tags);
    assertEquals(2, timer.statements()); // the refused insert, and the count
  }

  @Test
  void aUniqueValueTakenForGoodFailsAfterThreeTries() {
    new TagDao(server.dsl()).insert(new Tag(null, "sql"));
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(IntegrityConstraintViolationException.class, () -> work.transaction(new StatementTimer(), dsl -> {
      attempts.incrementAndGet();
      return new TagDao(dsl).insert(new Tag(null, "sql"));
    }));
    assertEquals(3, attempts.get());
  }

  @Test
  void otherFailuresAreNotRepeated() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(DataAccessException.class, () -> work.transaction(new StatementTimer(), dsl -> {
      attempts.incrementAndGet();
      return new TagDao(dsl).insert(new Tag(null, "bad\0name"));
    }));
    assertEquals(1, attempts.get());
  }
}
