package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Account;
import dev.relata.it.model.AccountDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.ProfileDao;
import dev.relata.it.model.RelataSchema;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** {@code @Column(unique = true)} finders and constraints, {@code @Column(nullable = false)} checks. */
class UniqueAndNotNullTest extends DatabaseTest {

  private final StatementCounter counter = new StatementCounter(dsl);
  private final AccountDao accounts = new AccountDao(counter.dsl());

  @Test
  void theSchemaHasTheConstraints() {
    assertTrue(
        RelataSchema.ddl().stream()
            .anyMatch(
                statement ->
                    statement.contains("\"email\" text not null")
                        && statement.contains("constraint \"accounts_email_key\" unique (\"email\")")
                        && statement.contains("constraint \"accounts_handle_key\" unique (\"handle\")")
                        && statement.contains("\"name\" text not null")),
        String.join("\n", RelataSchema.ddl()));
  }

  @Test
  void findByAUniqueColumn() {
    Account alice = accounts.insert(new Account(null, "alice@example.com", "alice", "Alice", null));
    int before = counter.count();
    assertEquals(Optional.of(alice), accounts.findByEmail("alice@example.com"));
    assertEquals(Optional.empty(), accounts.findByEmail("nobody@example.com"));
    // named after the component, the column is "handle"
    assertEquals(Optional.of(alice), accounts.findByLogin("alice"));
    assertEquals(3, counter.count() - before);
  }

  @Test
  void findAllByAUniqueColumnInOneStatement() {
    Account alice = accounts.insert(new Account(null, "alice@example.com", "alice", "Alice", null));
    Account bob = accounts.insert(new Account(null, "bob@example.com", null, "Bob", null));
    int before = counter.count();
    Map<String, Account> found =
        accounts.findAllByEmail(List.of("bob@example.com", "nobody@example.com", "alice@example.com", "bob@example.com"));
    assertEquals(1, counter.count() - before);
    assertTrue(counter.statements().get(counter.count() - 1).contains("\"email\" = any ("), counter.statements().toString());
    assertEquals(List.of("bob@example.com", "alice@example.com"), List.copyOf(found.keySet()));
    assertEquals(List.of(bob, alice), List.copyOf(found.values()));
    assertEquals(Map.of(), accounts.findAllByEmail(List.of()));
    assertEquals(Map.of("alice", alice), accounts.findAllByLogin(List.of("alice")));
  }

  @Test
  void findersRefuseNull() {
    int before = counter.count();
    NullPointerException one = assertThrows(NullPointerException.class, () -> accounts.findByEmail(null));
    assertEquals("email must not be null (AccountDao.findByEmail)", one.getMessage());
    assertThrows(NullPointerException.class, () -> accounts.findAllByEmail(null));
    assertThrows(NullPointerException.class, () -> accounts.findAllByEmail(Arrays.asList("a@example.com", null)));
    assertEquals(before, counter.count());
  }

  @Test
  void aDuplicateOfAUniqueColumnIsRefusedByTheDatabase() {
    accounts.insert(new Account(null, "alice@example.com", "alice", "Alice", null));
    assertThrows(
        IntegrityConstraintViolationException.class,
        () -> accounts.insert(new Account(null, "alice@example.com", "other", "Other", null)));
    assertEquals(1, accounts.count());
  }

  @Test
  void aHasOneForeignKeyIsUnique() {
    User alice = new UserDao(dsl).insert(new User(null, "Alice"));
    ProfileDao profiles = new ProfileDao(dsl);
    profiles.insert(new Profile(null, alice.id(), "first"));
    assertThrows(
        IntegrityConstraintViolationException.class, () -> profiles.insert(new Profile(null, alice.id(), "second")));
  }

  @Test
  void nullInANotNullColumnIsRefusedBeforeAnySql() {
    Account stored = accounts.insert(new Account(null, "alice@example.com", null, "Alice", null));
    int before = counter.count();
    NullPointerException insert =
        assertThrows(NullPointerException.class, () -> accounts.insert(new Account(null, null, null, "Bob", null)));
    assertEquals(
        "Account.email must not be null: its column \"accounts\".\"email\" is NOT NULL (AccountDao.insert)",
        insert.getMessage());
    NullPointerException all =
        assertThrows(
            NullPointerException.class,
            () ->
                accounts.insertAll(
                    List.of(
                        new Account(null, "bob@example.com", null, "Bob", null),
                        new Account(null, "carol@example.com", null, null, null))));
    assertTrue(all.getMessage().startsWith("Account.name must not be null"), all.getMessage());
    NullPointerException update =
        assertThrows(
            NullPointerException.class,
            () -> accounts.update(new Account(stored.id(), "alice@example.com", null, null, "note")));
    assertTrue(update.getMessage().contains("(AccountDao.update)"), update.getMessage());
    assertEquals(before, counter.count());
    assertEquals(1, accounts.count());
  }
}
