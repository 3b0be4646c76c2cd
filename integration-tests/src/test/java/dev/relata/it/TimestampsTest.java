package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.relata.it.model.PlayerTable.PLAYER_TABLE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Badge;
import dev.relata.it.model.BadgeDao;
import dev.relata.it.model.Player;
import dev.relata.it.model.PlayerDao;
import dev.relata.it.model.Sponsor;
import dev.relata.it.model.SponsorDao;
import dev.relata.it.model.Sponsorship;
import dev.relata.it.model.SponsorshipDao;
import dev.relata.it.model.Team;
import dev.relata.it.model.TeamDao;
import dev.relata.it.model.Visit;
import dev.relata.it.model.VisitDao;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code @CreatedAt} and {@code @UpdatedAt} on the database's clock: each compared with {@code
 * select now()} in the transaction that set it. Every association method that rewrites a foreign
 * key stamps the row it rewrites (and increments its version); nothing moves {@code @CreatedAt}.
 */
class TimestampsTest extends DatabaseTest {

  private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

  private final TeamDao teams = new TeamDao(dsl);
  private final PlayerDao players = new PlayerDao(dsl);
  private final BadgeDao badges = new BadgeDao(dsl);

  /** A value made in a transaction, and that transaction's {@code now()}. */
  private record InTransaction<T>(T value, Instant now) {}

  private <T> InTransaction<T> inTransaction(Function<DSLContext, T> work) {
    return dsl.transactionResult(cfg -> new InTransaction<>(work.apply(cfg.dsl()), now(cfg.dsl())));
  }

  static Instant now(DSLContext dsl) {
    return dsl.select(DSL.field("now()", SQLDataType.INSTANT)).fetchSingle().value1();
  }

  @Test
  void insertSetsBothTimestampsWhateverTheRecordHolds() {
    InTransaction<Player> inserted =
        inTransaction(tx -> new PlayerDao(tx).insert(new Player(null, null, "Ann", LONG_AGO, LONG_AGO, 42)));
    Player ann = inserted.value();
    assertEquals(inserted.now(), ann.createdAt());
    assertEquals(inserted.now(), ann.updatedAt());
    assertEquals(Optional.of(ann), players.findById(ann.id()), "the returned row is the stored one");
  }

  @Test
  void insertSetsOffsetDateTimeTimestampsToo() {
    OffsetDateTime longAgo = LONG_AGO.atOffset(ZoneOffset.ofHours(5));
    InTransaction<Badge> inserted =
        inTransaction(tx -> new BadgeDao(tx).insert(new Badge(null, null, "gold", longAgo, null, 7)));
    Badge gold = inserted.value();
    assertEquals(inserted.now(), gold.createdAt().toInstant());
    assertEquals(inserted.now(), gold.updatedAt().toInstant());
    assertEquals(Optional.of(gold), badges.findById(gold.id()));
  }

  @Test
  void insertAllSetsThemOnEveryRowOfEveryShape() {
    InTransaction<List<Player>> inserted =
        inTransaction(
            tx -> {
              PlayerDao dao = new PlayerDao(tx);
              List<Player> none = dao.insertAll(List.of(new Player(null, null, "a", LONG_AGO, LONG_AGO, 3)));
              List<Player> some =
                  dao.insertAll(
                      List.of(new Player(1000L, null, "b", null, null, 1), new Player(null, null, "c", LONG_AGO, null, 2)));
              List<Player> all = dao.insertAll(List.of(new Player(2000L, null, "d", null, LONG_AGO, -1)));
              return List.of(none.get(0), some.get(0), some.get(1), all.get(0));
            });
    for (Player player : inserted.value()) {
      assertEquals(inserted.now(), player.createdAt(), player.name());
      assertEquals(inserted.now(), player.updatedAt(), player.name());
    }
    assertEquals(List.of("b", "d"), List.of(inserted.value().get(1).name(), inserted.value().get(3).name()));
    assertEquals(4, players.count());
  }

  @Test
  void anEntityOfItsIdAndCreatedAtAlone() {
    InTransaction<List<Visit>> inserted =
        inTransaction(
            tx -> {
              VisitDao dao = new VisitDao(tx);
              List<Visit> visits = new ArrayList<>(dao.insertAll(List.of(new Visit(null, LONG_AGO), new Visit(null, null))));
              visits.addAll(dao.insertAll(List.of(new Visit(100L, LONG_AGO), new Visit(null, null))));
              visits.add(dao.insert(new Visit(null, LONG_AGO)));
              return visits;
            });
    for (Visit visit : inserted.value()) {
      assertEquals(inserted.now(), visit.at(), visit.toString());
    }
    VisitDao visits = new VisitDao(dsl);
    Visit first = inserted.value().get(0);
    assertEquals(Optional.of(first), visits.update(new Visit(first.id(), Instant.EPOCH)), "nothing to write: as stored");
    assertEquals(Optional.empty(), visits.update(new Visit(-1L, null)));
    assertEquals(5, visits.count());
  }

  @Test
  void updateSetsUpdatedAtAndKeepsCreatedAt() {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    InTransaction<Player> updated =
        inTransaction(
            tx -> new PlayerDao(tx).update(new Player(ann.id(), null, "Anne", LONG_AGO, LONG_AGO, 0)).orElseThrow());
    Player anne = updated.value();
    assertEquals("Anne", anne.name());
    assertEquals(ann.createdAt(), anne.createdAt(), "createdAt never moves");
    assertEquals(updated.now(), anne.updatedAt());
    assertTrue(anne.updatedAt().isAfter(ann.updatedAt()), anne + " after " + ann);
    assertEquals(Optional.of(anne), players.findById(ann.id()));
  }

  @Test
  void anUpdateToTheStoredValuesKeepsUpdatedAtAndVersion() {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    Player same =
        inTransaction(
            tx -> new PlayerDao(tx).update(new Player(ann.id(), null, "Ann", LONG_AGO, LONG_AGO, 0)).orElseThrow())
            .value();
    assertEquals(ann, same, "nothing changed: updatedAt and version as they were");
    assertEquals(Optional.of(ann), players.findById(ann.id()));

    Team red = teams.insert(new Team(null, "Red", null, null, 0));
    InTransaction<Player> moved =
        inTransaction(tx -> new PlayerDao(tx).update(new Player(ann.id(), red.id(), "Ann", null, null, 0)).orElseThrow());
    assertEquals(moved.now(), moved.value().updatedAt(), "a new foreign key is a change");
    assertEquals(1, moved.value().version());
    InTransaction<Player> renamed =
        inTransaction(tx -> new PlayerDao(tx).update(new Player(ann.id(), red.id(), null, null, null, 1)).orElseThrow());
    assertEquals(renamed.now(), renamed.value().updatedAt(), "null is a change from a value");
    assertEquals(2, renamed.value().version());
    Player again = players.update(new Player(ann.id(), red.id(), null, null, null, 2)).orElseThrow();
    assertEquals(renamed.value(), again, "null is no change from null");
  }

  /**
   * The comparison is with the row as PostgreSQL writes it, after waiting for a concurrent writer:
   * an update that would have changed the row when it started, but runs after another transaction
   * gave the row those very values, changes nothing and keeps the stamps. It watches the update
   * wait through {@code pg_blocking_pids}, which sees the locks of one server: not in the Citus
   * suites, where the row lives on a worker.
   */
  @Test
  @Tag(SharedDatabase.ONE_SERVER_LOCKS)
  void anUpdateComparesWithTheRowItWritesNotTheRowItFirstSaw() throws Exception {
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    CountDownLatch renamed = new CountDownLatch(1);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> other =
        writer.submit(
            () ->
                dsl.transaction(
                    cfg -> {
                      // A writer that leaves the stamps alone, so that only the values tell.
                      cfg.dsl().update(PLAYER_TABLE).set(PLAYER_TABLE.NAME, "Bob").where(PLAYER_TABLE.ID.eq(ann.id())).execute();
                      int pid = cfg.dsl().fetchSingle("select pg_backend_pid()").get(0, Integer.class);
                      renamed.countDown();
                      awaitAStatementBlockedBy(pid);
                    }));
    renamed.await(30, TimeUnit.SECONDS);
    Player bob = players.update(new Player(ann.id(), null, "Bob", null, null, 0)).orElseThrow();
    other.get(30, TimeUnit.SECONDS);
    writer.shutdown();
    assertEquals("Bob", bob.name());
    assertEquals(ann.updatedAt(), bob.updatedAt(), "Ann became Bob in the other transaction: no change here");
    assertEquals(0, bob.version());
  }

  /** Waits until a statement waits for the session {@code pid}: the test's update, for the writer's row. */
  private void awaitAStatementBlockedBy(int pid) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!dsl.fetchExists(DSL.table("pg_stat_activity"), DSL.condition("{0} = any(pg_blocking_pids(pid))", pid))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the update never waited for the writer's lock");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  @Test
  void everyMethodThatRewritesAPlayersForeignKeyStampsIt() {
    Team red = teams.insert(new Team(null, "Red", null, null, 0));
    Team blue = teams.insert(new Team(null, "Blue", null, null, 0));
    Player ann = players.insert(new Player(null, null, "Ann", null, null, 0));
    Supplier<Stamps> stored = () -> Stamps.of(players.findById(ann.id()).orElseThrow());

    assertStamped("addPlayer", stored, tx -> new TeamDao(tx).addPlayer(red, ann));
    assertStamped("addPlayers", stored, tx -> new TeamDao(tx).addPlayers(blue, List.of(ann)));
    assertStamped("removePlayer", stored, tx -> new TeamDao(tx).removePlayer(blue, ann));
    assertStamped("setPlayers, linking", stored, tx -> new TeamDao(tx).setPlayers(red, List.of(ann)));
    assertStamped("setPlayers, unlinking", stored, tx -> new TeamDao(tx).setPlayers(red, List.of()));
    teams.addPlayer(red, ann);
    assertStamped("removePlayers", stored, tx -> new TeamDao(tx).removePlayers(red, List.of(ann)));
    // ann is the row as first inserted: the methods of @BelongsTo take no notice of its version.
    assertStamped("setTeam", stored, tx -> new PlayerDao(tx).setTeam(ann, blue));
    assertStamped("setTeam(null)", stored, tx -> new PlayerDao(tx).setTeam(ann, null));
    assertStamped("createTeam", stored, tx -> new PlayerDao(tx).createTeam(ann, new Team(null, "Green", null, null, 5)));

    assertEquals(red, teams.findById(red.id()).orElseThrow(), "a parent is not changed by its children's links");
  }

  @Test
  void everyMethodThatRewritesABadgesForeignKeyStampsIt() {
    Team red = teams.insert(new Team(null, "Red", null, null, 0));
    Badge gold = badges.insert(new Badge(null, null, "gold", null, null, 0));
    Supplier<Stamps> storedGold = () -> Stamps.of(badges.findById(gold.id()).orElseThrow());

    assertStamped("setBadge", storedGold, tx -> new TeamDao(tx).setBadge(red, gold));
    Badge[] silver = new Badge[1];
    assertStamped(
        "createBadge, unlinking the badge the team had", storedGold,
        tx -> silver[0] = new TeamDao(tx).createBadge(red, new Badge(null, null, "silver", null, null, 3)));
    assertEquals(Optional.of(silver[0]), teams.getBadge(red));
    assertStamped(
        "setBadge(null)", () -> Stamps.of(badges.findById(silver[0].id()).orElseThrow()),
        tx -> new TeamDao(tx).setBadge(red, null));
  }

  @Test
  void joinRowsAreStampedWhenALinkIsMade() {
    Team red = teams.insert(new Team(null, "Red", null, null, 0));
    Sponsor acme = new SponsorDao(dsl).insert(new Sponsor(null, "Acme"));
    Instant added = inTransaction(tx -> { new TeamDao(tx).addSponsor(red, acme); return null; }).now();
    Instant created = inTransaction(tx -> new TeamDao(tx).createSponsor(red, new Sponsor(null, "Initech"))).now();

    List<Sponsorship> links = new SponsorshipDao(dsl).findAll();
    assertEquals(List.of(added, created), links.stream().map(Sponsorship::createdAt).toList());
    assertEquals(List.of(0, 0), links.stream().map(Sponsorship::version).toList());
  }

  /** A row's timestamps as instants, and its version. */
  private record Stamps(Instant createdAt, Instant updatedAt, long version) {

    static Stamps of(Player player) {
      return new Stamps(player.createdAt(), player.updatedAt(), player.version());
    }

    static Stamps of(Badge badge) {
      return new Stamps(badge.createdAt().toInstant(), badge.updatedAt().toInstant(), badge.version());
    }
  }

  /**
   * Runs {@code change} in a transaction of its own: afterwards the row {@code stored} reads has
   * that transaction's {@code now()} as {@code updatedAt}, its {@code createdAt} as before, and
   * its version incremented by one.
   */
  private void assertStamped(String change, Supplier<Stamps> stored, Consumer<DSLContext> work) {
    Stamps before = stored.get();
    Instant now = inTransaction(tx -> { work.accept(tx); return null; }).now();
    Stamps after = stored.get();
    assertEquals(before.createdAt(), after.createdAt(), change + ": createdAt never moves");
    assertEquals(now, after.updatedAt(), change + ": updatedAt is the transaction's now()");
    assertEquals(before.version() + 1, after.version(), change + ": the version goes up by one");
  }
}
