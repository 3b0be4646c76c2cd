package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.library.Volume;
import dev.relata.it.library.VolumeDao;
import dev.relata.it.library.Loan;
import dev.relata.it.library.LoanDao;
import dev.relata.it.library.Reader;
import dev.relata.it.library.ReaderDao;
import dev.relata.it.library.RelataSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @BelongsToMany(through = Loan.class, unique = false)}: a join entity that may hold a pair twice. */
class LibraryTest {

  private final DSLContext dsl = SharedDatabase.dsl();
  private final VolumeDao volumes = new VolumeDao(dsl);
  private final LoanDao loans = new LoanDao(dsl);
  private Volume dune;
  private Reader ann;

  @BeforeEach
  void freshSchema() {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    dune = volumes.insert(new Volume(null, "Dune"));
    ann = new ReaderDao(dsl).insert(new Reader(null, "Ann"));
  }

  @Test
  void theSchemaLeavesThePairFree() {
    assertFalse(String.join("\n", RelataSchema.ddl()).contains("unique"), String.join("\n", RelataSchema.ddl()));
  }

  @Test
  void aReaderBorrowsAVolumeTwice() {
    loans.insert(new Loan(null, dune.id(), ann.id(), LocalDate.of(2026, 1, 5)));
    loans.insert(new Loan(null, dune.id(), ann.id(), LocalDate.of(2026, 3, 9)));
    assertEquals(2, loans.count());
    assertEquals(List.of(ann), volumes.getReaders(dune), "a reader is listed once, however often linked");
    assertEquals(1, volumes.countReaders(dune));
    assertTrue(volumes.hasReader(dune, ann));
  }

  @Test
  void addLinksOnlyAPairNotLinkedYet() {
    volumes.addReader(dune, ann);
    volumes.addReader(dune, ann);
    volumes.addReaders(dune, List.of(ann));
    assertEquals(1, loans.count(), "add is idempotent without the constraint too");
    loans.insert(new Loan(null, dune.id(), ann.id(), LocalDate.of(2026, 3, 9)));
    volumes.addReader(dune, ann);
    assertEquals(2, loans.count(), "a pair linked twice by insert stays as it is");
  }

  @Test
  void concurrentAddsOfOnePairLinkItOnce() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> adds = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        adds.add(
            pool.submit(
                () -> {
                  start.await();
                  new VolumeDao(SharedDatabase.dsl()).addReader(dune, ann);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> add : adds) {
        add.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, loans.count(), "the owner row's lock makes concurrent adds run one after the other");
  }
}
