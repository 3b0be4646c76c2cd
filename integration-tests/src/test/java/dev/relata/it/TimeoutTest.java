package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.Tag;
import dev.relata.it.model.TagDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.runtime.Timeouts;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Query timeouts: a statement that runs too long is cancelled by PostgreSQL (SQL state 57014),
 * and a method cancelled part-way leaves every table exactly as it was. A trigger that sleeps far
 * longer than the timeout stands for the slow statement: on a single insert, and on the second or
 * third statement of the multi-statement methods.
 */
class TimeoutTest extends DatabaseTest {

  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  private static final List<String> TABLES = List.of("users", "posts", "tags", "post_tags", "profiles");

  /** The DAOs' context, every statement cancelled after a second. */
  private final DSLContext limited = Timeouts.withQueryTimeout(dsl, ONE_SECOND);

  private final UserDao users = new UserDao(dsl);
  private final PostDao posts = new PostDao(dsl);
  private User alice;
  private Post linked;
  private Post unlinked;
  private Tag java;
  private Tag sql;

  @BeforeEach
  void rowsAndASleeper() {
    // Sleeps 60 s: a call that is not cancelled fails the test by returning, not by hanging.
    dsl.execute(
        "create or replace function sleep_a_minute() returns trigger language plpgsql"
            + " as 'begin perform pg_sleep(60); return new; end'");
    alice = users.insert(new User(null, "Alice"));
    linked = users.createPost(alice, new Post(null, null, null, "linked"));
    unlinked = posts.insert(new Post(null, null, null, "unlinked"));
    TagDao tags = new TagDao(dsl);
    java = tags.insert(new Tag(null, "java"));
    sql = tags.insert(new Tag(null, "sql"));
    posts.addTag(linked, java);
    users.createProfile(alice, new Profile(null, null, "first"));
  }

  @Test
  void aSingleInsertIsCancelledWithNothingStored() {
    assertCancelledAndUnchanged(
        "before insert on users", () -> new UserDao(limited).insert(new User(null, "Bob")));
  }

  @Test
  void aTimeoutInTheContextsOwnSettingsWorksTheSame() {
    DSLContext withSettings = dsl.configuration().derive(new Settings().withQueryTimeout(1)).dsl();
    assertCancelledAndUnchanged(
        "before insert on users", () -> new UserDao(withSettings).insert(new User(null, "Bob")));
  }

  @Test
  void setPostsCancelledAtItsLinkingKeepsTheChildrenItHadUnlinked() {
    // lock alice, unlink "linked" (user_id := null), link "unlinked": the third statement sleeps.
    assertCancelledAndUnchanged(
        "before update on posts for each row when (new.user_id is not null)",
        () -> new UserDao(limited).setPosts(alice, List.of(unlinked)));
  }

  @Test
  void setTagsCancelledAtItsInsertKeepsTheLinksItDeleted() {
    // lock the post, delete the link to java, insert the one to sql: the third statement sleeps.
    assertCancelledAndUnchanged(
        "before insert on post_tags", () -> new PostDao(limited).setTags(linked, List.of(sql)));
  }

  @Test
  void createTagCancelledAtItsLinkLeavesNoTag() {
    assertCancelledAndUnchanged(
        "before insert on post_tags", () -> new PostDao(limited).createTag(linked, new Tag(null, "new")));
  }

  @Test
  void createUserCancelledAtItsLinkLeavesNoUser() {
    assertCancelledAndUnchanged(
        "before update on posts", () -> new PostDao(limited).createUser(unlinked, new User(null, "Bob")));
  }

  @Test
  void createProfileCancelledAtItsInsertKeepsTheProfileItUnlinked() {
    // lock alice, unlink her profile, insert the new one: the third statement sleeps.
    assertCancelledAndUnchanged(
        "before insert on profiles", () -> new UserDao(limited).createProfile(alice, new Profile(null, null, "second")));
  }

  @Test
  void inTheCallersTransactionOnlyTheCancelledMethodIsUndone() {
    sleepOn("before update on posts for each row when (new.user_id is not null)");
    Map<String, Object> before = contents();
    dsl.transaction(
        tx -> {
          UserDao inTx = new UserDao(tx.dsl());
          User bob = inTx.insert(new User(null, "Bob"));
          DataAccessException e =
              assertThrows(
                  DataAccessException.class,
                  () -> new UserDao(Timeouts.withQueryTimeout(tx.dsl(), ONE_SECOND)).setPosts(alice, List.of(unlinked)));
          assertEquals("57014", e.sqlState(), e.getMessage());
          // Its savepoint is rolled back: the transaction goes on, with the caller's own work.
          assertEquals(List.of(alice, bob), inTx.findAll());
        });
    Map<String, Object> after = contents();
    assertEquals(before.get("posts"), after.get("posts"));
    assertEquals(2L, users.count(), "the caller's insert is committed");
  }

  @Test
  void readsAreCancelledTooWhileAnotherTransactionLocksTheTable() throws SQLException {
    try (Connection locker = SharedDatabase.get().dataSource().getConnection();
        Statement statement = locker.createStatement()) {
      locker.setAutoCommit(false);
      statement.execute("lock table \"posts\", \"users\" in access exclusive mode");
      UserDao waiting = new UserDao(limited);
      for (Function<UserDao, ?> read :
          List.<Function<UserDao, ?>>of(
              dao -> dao.findById(alice.id()), dao -> dao.getPosts(List.of(alice)), dao -> dao.getPosts(alice))) {
        DataAccessException e = assertThrows(DataAccessException.class, () -> read.apply(waiting));
        assertEquals("57014", e.sqlState(), e.getMessage());
      }
      locker.rollback();
    }
    assertEquals(List.of(linked), users.getPosts(alice), "readable again once the lock is gone");
  }

  @Test
  void theReadmeLines() {
    List<Post> posts = List.of(unlinked);
    UserDao patient = new UserDao(Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(5)));     // every call
    new UserDao(Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(1))).setPosts(alice, posts); // this call
    assertEquals(List.of(unlinked.id()), patient.getPosts(alice).stream().map(Post::id).toList());
  }

  @Test
  void aNegativeTimeoutInTheSettingsIsRefusedWhenTheDaoIsBuilt() {
    DSLContext negative = dsl.configuration().derive(new Settings().withQueryTimeout(-1)).dsl();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UserDao(negative));
    assertTrue(e.getMessage().startsWith("UserDao: the DSLContext's Settings.queryTimeout is -1 seconds"), e.getMessage());
  }

  /** Runs {@code call} with a sleeping trigger: cancelled (57014), and every table as it was. */
  private void assertCancelledAndUnchanged(String trigger, Runnable call) {
    sleepOn(trigger);
    Map<String, Object> before = contents();
    long start = System.nanoTime();
    DataAccessException e = assertThrows(DataAccessException.class, call::run);
    assertEquals("57014", e.sqlState(), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0, "cancelled early");
    assertEquals(before, contents());
  }

  /** {@code trigger} is the trigger's timing, event, table and condition: {@code before insert on users}. */
  private void sleepOn(String trigger) {
    String forEachRow = trigger.contains(" for each row") ? "" : " for each row";
    dsl.execute("create trigger sleeps " + trigger + forEachRow + " execute function sleep_a_minute()");
  }

  /** Every row of every table the methods touch, by table, in id order. */
  private Map<String, Object> contents() {
    Map<String, Object> contents = new LinkedHashMap<>();
    for (String table : TABLES) {
      contents.put(table, dsl.selectFrom(DSL.table(DSL.name(table))).orderBy(DSL.field(DSL.name("id"))).fetchMaps());
    }
    return contents;
  }
}
