package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Badge;
import dev.relata.it.model.BadgeDao;
import dev.relata.it.model.Player;
import dev.relata.it.model.PlayerDao;
import dev.relata.it.model.Team;
import dev.relata.it.model.TeamDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.exception.DataChangedException;
import org.junit.jupiter.api.Test;

/**
 * {@code @Version}: 0 on insert, one more on each update and each rewrite of the foreign key; a
 * stale {@code update} or {@code delete} is a {@link DataChangedException} that changes nothing.
 */
class VersionsTest extends DatabaseTest {

  private final PlayerDao players = new PlayerDao(dsl);
  private final BadgeDao badges = new BadgeDao(dsl);

  @Test
  void insertStoresZeroAndUpdateIncrements() {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 42));
    assertEquals(0, ann.version());
    assertEquals(0, players.insertAll(List.of(new Player(null, null, "Bob", null, null, 7))).get(0).version());
    Player anne = players.update(new Player(ann.id(), null, "Anne", null, null, 0)).orElseThrow();
    assertEquals(1, anne.version());
    assertEquals(2, players.update(new Player(ann.id(), null, "Annie", null, null, 1)).orElseThrow().version());
    Badge gold = badges.insert(new Badge(null, null, "gold", null, null, null));
    assertEquals(0, gold.version(), "an Integer version");
    assertEquals(1, badges.update(new Badge(gold.id(), null, "Gold", null, null, 0)).orElseThrow().version());
  }

  @Test
  void anUpdateThatChangesNothingKeepsTheVersionButIsStillChecked() {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    assertEquals(ann, players.update(ann).orElseThrow());
    assertEquals(ann, players.update(ann).orElseThrow(), "twice: still version 0");
    Player anne = players.update(new Player(ann.id(), null, "Anne", null, null, 0)).orElseThrow();
    assertEquals(1, anne.version());
    assertThrows(DataChangedException.class, () -> players.update(new Player(ann.id(), null, "Anne", null, null, 0)),
        "a stale record is refused even where it would change nothing");
    assertEquals(Optional.of(anne), players.findById(ann.id()));
  }

  @Test
  void aStaleUpdateThrowsAndChangesNothing() {
    Player read = players.insert(new Player(null, null, "Ann", null, null, 0));
    Player current = players.update(new Player(read.id(), null, "Anne", null, null, 0)).orElseThrow();
    DataChangedException e =
        assertThrows(
            DataChangedException.class, () -> players.update(new Player(read.id(), null, "Annie", null, null, 0)));
    assertEquals(
        "PlayerDao.update: Player " + read.id() + " is at version 1 in \"players\", but the row given has version 0:"
            + " it changed since it was read; nothing was changed. Read it again and retry.",
        e.getMessage());
    assertEquals(Optional.of(current), players.findById(read.id()));
  }

  @Test
  void aStaleDeleteThrowsAndDeletesNothingButDeleteByIdDoesNotCheck() {
    Player read = players.insert(new Player(null, null, "Ann", null, null, 0));
    Player current = players.update(new Player(read.id(), null, "Anne", null, null, 0)).orElseThrow();
    DataChangedException e = assertThrows(DataChangedException.class, () -> players.delete(read));
    assertTrue(
        e.getMessage().startsWith("PlayerDao.delete: Player " + read.id() + " is at version 1 in \"players\", but the"
            + " row given has version 0"),
        e.getMessage());
    assertEquals(Optional.of(current), players.findById(read.id()));
    assertTrue(players.delete(current));
    assertFalse(players.delete(current), "no row: false, not stale");

    Player bob = players.insert(new Player(null, null, "Bob", null, null, 0));
    players.update(bob);
    assertTrue(players.deleteById(bob.id()));
  }

  @Test
  void aMissingRowIsEmptyNotStale() {
    assertEquals(Optional.empty(), players.update(new Player(-1L, null, "nobody", null, null, 3)));
    assertFalse(players.delete(new Player(-1L, null, "nobody", null, null, 3)));
  }

  @Test
  void aNullVersionIsRefusedBeforeAnyStatement() {
    Badge gold = badges.insert(new Badge(null, null, "gold", null, null, null));
    StatementCounter counter = new StatementCounter(dsl);
    BadgeDao counted = new BadgeDao(counter.dsl());
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> counted.update(new Badge(gold.id(), null, "x", null, null, null)));
    assertEquals(
        "row's version (column \"version\") must not be null: Badge rows are changed only at the version they"
            + " were read with (BadgeDao.update)",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> counted.delete(new Badge(gold.id(), null, "x", null, null, null)));
    assertEquals(0, counter.count());
  }

  @Test
  void aStaleUpdateInsideATransactionSeesThatTransactionsVersion() {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    assertThrows(
        DataChangedException.class,
        () ->
            dsl.transaction(
                cfg -> {
                  PlayerDao inTx = new PlayerDao(cfg.dsl());
                  inTx.update(new Player(ann.id(), null, "Anne", null, null, 0));
                  inTx.update(new Player(ann.id(), null, "Annie", null, null, 0));
                }));
    assertEquals(Optional.of(ann), players.findById(ann.id()), "the transaction rolled back");
  }

  @Test
  void foreignKeyRewritesIncrementWithoutChecking() {
    TeamDao teams = new TeamDao(dsl);
    Team red = teams.insert(new Team(null, "Red", null, null, 0));
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    players.update(new Player(ann.id(), null, "Anne", null, null, 0));
    Player moved = players.setTeam(ann, red); // ann holds version 0, the row 1
    assertEquals(2, moved.version());
    teams.removePlayer(red, moved);
    assertEquals(3, players.findById(ann.id()).orElseThrow().version());
  }

  @Test
  void ofTwoConcurrentUpdatesOfOneRowExactlyOneWins() throws Exception {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    CyclicBarrier bothRead = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Player>> updates = new ArrayList<>();
    for (String name : List.of("Red", "Blue")) {
      updates.add(
          pool.submit(
              () ->
                  dsl.transactionResult(
                      cfg -> {
                        PlayerDao inTx = new PlayerDao(cfg.dsl());
                        Player read = inTx.findById(ann.id()).orElseThrow();
                        bothRead.await(30, TimeUnit.SECONDS); // both have read version 0
                        return inTx.update(new Player(read.id(), null, name, null, null, read.version())).orElseThrow();
                      })));
    }
    List<Player> winners = new ArrayList<>();
    List<Throwable> losers = new ArrayList<>();
    for (Future<Player> update : updates) {
      try {
        winners.add(update.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        losers.add(e.getCause());
      }
    }
    pool.shutdown();
    assertEquals(1, winners.size(), "winners " + winners + ", losers " + losers);
    assertEquals(1, losers.size());
    DataChangedException stale = assertInstanceOf(DataChangedException.class, losers.get(0));
    assertTrue(stale.getMessage().contains("is at version 1 in \"players\", but the row given has version 0"), stale.getMessage());
    Player winner = winners.get(0);
    assertEquals(1, winner.version());
    assertEquals(Optional.of(winner), players.findById(ann.id()), "the row holds the winner's values");
  }
}
