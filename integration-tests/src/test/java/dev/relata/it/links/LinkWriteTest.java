package dev.relata.it.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.StatementCounter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code addProject(user, project, link)}: the link's own components stored, a linked pair's
 * updated in the same statement (unique pairs), one more link (pairs not unique), the keys
 * checked before anything is sent, and concurrent adds of one pair.
 */
class LinkWriteTest extends LinksDatabaseTest {

  private final StatementCounter counter = new StatementCounter(dsl);
  private final UserDao users = new UserDao(counter.dsl());
  private final MembershipDao memberships = new MembershipDao(dsl);
  private User alice;
  private User bob;
  private Project relata;

  @BeforeEach
  void rows() {
    alice = users.insert(new User(null, "Alice"));
    bob = users.insert(new User(null, "Bob"));
    relata = new ProjectDao(dsl).insert(new Project(null, "Relata"));
    counter.reset();
  }

  private static Membership as(String role) {
    return new Membership(null, null, null, role, null, null, null);
  }

  @Test
  void storesTheLinksComponentsAndReturnsItAsStored() {
    Membership stored = users.addProject(alice, relata, as("member"));
    assertEquals(1, counter.count(), "one statement: " + counter.statements());
    assertNotNull(stored.id());
    assertEquals(alice.id(), stored.userId());
    assertEquals(relata.id(), stored.projectId());
    assertEquals("member", stored.role());
    assertNotNull(stored.joinedAt(), "the database's time, as insert sets it");
    assertEquals(stored.joinedAt(), stored.changedAt());
    assertEquals(0, stored.version());
    assertEquals(List.of(stored), memberships.findAll());
  }

  @Test
  void keysEqualToTheIdsAreTakenAndTheIdIsNot() {
    Membership given = new Membership(-5L, alice.id(), relata.id(), "member", null, null, 7);
    Membership stored = users.addProject(alice, relata, given);
    assertTrue(stored.id() > 0, "the database's id, not the link's");
    assertEquals(0, stored.version(), "the database keeps the version");
  }

  @Test
  void aLinkedPairGetsTheNewComponentsInTheSameOneStatement() throws InterruptedException {
    Membership first = users.addProject(alice, relata, as("member"));
    Thread.sleep(5); // another transaction: now() moves on
    counter.reset();
    Membership second = users.addProject(alice, relata, as("lead"));
    assertEquals(1, counter.count(), "one statement: " + counter.statements());
    assertEquals(first.id(), second.id(), "the same join row");
    assertEquals("lead", second.role());
    assertEquals(first.joinedAt(), second.joinedAt(), "@CreatedAt keeps its first value");
    assertTrue(second.changedAt().isAfter(first.changedAt()), "@UpdatedAt moves, as update moves it");
    assertEquals(1, second.version(), "@Version counts the change");
    assertEquals(List.of(second), memberships.findAll(), "still one link");
  }

  @Test
  void aLinkHoldingTheValuesAlreadyIsNotWritten() {
    Membership first = users.addProject(alice, relata, as("member"));
    counter.reset();
    Membership again = users.addProject(alice, relata, as("member"));
    assertEquals(first, again, "neither @UpdatedAt nor @Version change, as with update");
    assertEquals(2, counter.count(), "the statement writes nothing, a read returns the row: " + counter.statements());
  }

  @Test
  void thePlainAddStaysAndStoresDefaults() {
    users.addProject(alice, relata);
    Membership stored = memberships.findAll().get(0);
    assertEquals(null, stored.role());
    Membership updated = users.addProject(alice, relata, as("member"));
    assertEquals(stored.id(), updated.id());
    assertEquals("member", updated.role());
  }

  @Test
  void aKeyThatIsAnotherIdIsRefusedBeforeAnySql() {
    IllegalArgumentException owner =
        assertThrows(
            IllegalArgumentException.class,
            () -> users.addProject(alice, relata, new Membership(null, bob.id(), null, "secret-role", null, null, null)));
    assertEquals(
        "UserDao.addProject: link is a Membership whose userId is not user's id " + alice.id()
            + "; leave it null (it is filled in) or give user's id",
        owner.getMessage());
    IllegalArgumentException target =
        assertThrows(
            IllegalArgumentException.class,
            () -> users.addProject(alice, relata, new Membership(null, null, relata.id() + 1, "x", null, null, null)));
    assertTrue(target.getMessage().contains("Membership whose projectId is not project's id " + relata.id()), target.getMessage());
    assertFalse(owner.getMessage().contains("secret-role"), "no value of the row");
    assertEquals(0, counter.count(), "nothing sent");
    assertEquals(0, memberships.count());
  }

  @Test
  void unsavedRowsAndNullAreRefusedBeforeAnySql() {
    assertThrows(IllegalArgumentException.class, () -> users.addProject(new User(null, "x"), relata, as("member")));
    assertThrows(IllegalArgumentException.class, () -> users.addProject(alice, new Project(null, "x"), as("member")));
    NullPointerException noLink = assertThrows(NullPointerException.class, () -> users.addProject(alice, relata, null));
    assertTrue(noLink.getMessage().contains("link"), noLink.getMessage());
    assertEquals(0, counter.count());
  }

  @Test
  void pairsNotUniqueGetOneMoreLinkEachTime() {
    Review first = users.addReviewedProject(alice, relata, new Review(null, null, null, 3));
    Review second = users.addReviewedProject(alice, relata, new Review(null, null, null, 5));
    assertEquals(2, counter.count(), "one statement each: " + counter.statements());
    assertTrue(second.id() > first.id());
    assertEquals(List.of(first, second), new ReviewDao(dsl).findAll());
  }

  @Test
  void aThroughRecordOfOnlyItsKeysKeepsOneLink() {
    Star first = users.addStarredProject(alice, relata, new Star(null, null, null));
    Star again = users.addStarredProject(alice, relata, new Star(null, alice.id(), relata.id()));
    assertEquals(first, again);
    assertEquals(1, new StarDao(dsl).count());
  }

  @Test
  void concurrentAddsOfOnePairLeaveOneLinkWithTheLastComponents() throws Exception {
    int threads = 16;
    UserDao shared = new UserDao(dsl);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Membership>> added = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        String role = "role " + i;
        added.add(
            pool.submit(
                () -> {
                  start.await();
                  return shared.addProject(alice, relata, as(role));
                }));
      }
      start.countDown();
      List<Membership> returned = new ArrayList<>();
      for (Future<Membership> future : added) {
        returned.add(future.get());
      }
      List<Membership> rows = memberships.findAll();
      assertEquals(1, rows.size(), "one row for the pair");
      // Every add changed the role, so each is one version; the last to commit holds the row.
      Membership last = returned.stream().max(Comparator.comparing(Membership::version)).orElseThrow();
      assertEquals(threads - 1, last.version());
      assertEquals(last, rows.get(0), "the last link's components");
    } finally {
      pool.shutdownNow();
    }
  }
}
