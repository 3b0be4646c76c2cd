package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Author;
import dev.relata.it.model.AuthorDao;
import dev.relata.it.model.Country;
import dev.relata.it.model.CountryDao;
import dev.relata.it.model.Kind;
import dev.relata.it.model.Order;
import dev.relata.it.model.OrderDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.ProfileDao;
import dev.relata.it.model.Sample;
import dev.relata.it.model.SampleDao;
import dev.relata.it.model.Token;
import dev.relata.it.model.TokenDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.it.model.UserTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CrudTest extends DatabaseTest {

  private final UserDao users = new UserDao(dsl);

  @Test
  void insertReturnsTheStoredRowWithItsGeneratedId() {
    User alice = users.insert(new User(null, "Alice"));
    assertNotNull(alice.id());
    assertEquals("Alice", alice.name());
    assertEquals(Optional.of(alice), users.findById(alice.id()));
  }

  @Test
  void insertKeepsAGivenId() {
    User bob = users.insert(new User(42L, "Bob"));
    assertEquals(new User(42L, "Bob"), bob);
  }

  @Test
  void integerAndUuidIdsAreGenerated() {
    User alice = users.insert(new User(null, "Alice"));
    Profile profile = new ProfileDao(dsl).insert(new Profile(null, alice.id(), "bio"));
    assertNotNull(profile.id());
    Author author = new AuthorDao(dsl).insert(new Author(null, "Le Guin"));
    assertNotNull(author.id());
  }

  @Test
  void aStringIdMustBeGiven() {
    CountryDao countries = new CountryDao(dsl);
    assertEquals(new Country("NO", "Norway"), countries.insert(new Country("NO", "Norway")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> countries.insert(new Country(null, "Nowhere")));
    assertTrue(e.getMessage().contains("Country"), e.getMessage());
    assertEquals(1, countries.count());
  }

  @Test
  void everyColumnTypeRoundTrips() {
    SampleDao samples = new SampleDao(dsl);
    Sample sample =
        new Sample(
            null, 7L, 3, (short) 2, (short) 5, "text", true, false, 1.5, 2.5, 0.25f, 0.5f,
            new BigDecimal("12345.6789"), UUID.randomUUID(), LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 1, 2, 3, 4, 5), OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
            Instant.parse("2024-05-06T07:08:09Z"), new byte[] {0, 1, (byte) 255}, Kind.LARGE);
    Sample stored = samples.insert(sample);
    assertNotNull(stored.id());
    Sample found = samples.findById(stored.id()).orElseThrow();
    assertEquals(sample.label(), found.label());
    assertEquals(0, sample.price().compareTo(found.price()));
    assertEquals(sample.offsetTime().toInstant(), found.offsetTime().toInstant());
    assertEquals(sample.instant(), found.instant());
    assertEquals(sample.localTime(), found.localTime());
    assertEquals(Kind.LARGE, found.kind());
    assertArrayEquals(sample.payload(), found.payload());

    List<Sample> many = samples.insertAll(List.of(sample, sample));
    assertEquals(2, many.size());
    assertEquals(Kind.LARGE, many.get(1).kind());
    assertArrayEquals(sample.payload(), many.get(0).payload());
    assertEquals(sample.instant(), many.get(0).instant());
  }

  @Test
  void nullablesStayNull() {
    SampleDao samples = new SampleDao(dsl);
    Sample sample =
        new Sample(null, 1L, null, (short) 1, null, null, false, null, 0, null, 0, null, null, null, null, null,
            null, null, null, null);
    Sample stored = samples.insert(sample);
    assertEquals(null, stored.kind());
    assertEquals(null, samples.insertAll(List.of(sample)).get(0).price());
  }

  @Test
  void insertAllStoresRowsInInputOrderInOneStatement() {
    StatementCounter counter = new StatementCounter(dsl);
    List<User> stored =
        new UserDao(counter.dsl()).insertAll(List.of(new User(null, "a"), new User(null, "b"), new User(null, "c")));
    assertEquals(1, counter.count());
    assertEquals(List.of("a", "b", "c"), stored.stream().map(User::name).toList());
    assertTrue(stored.get(0).id() < stored.get(1).id() && stored.get(1).id() < stored.get(2).id());
  }

  @Test
  void insertAllOf40000RowsIsOneStatement() {
    List<User> many = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      many.add(new User(null, "user " + i));
    }
    StatementCounter counter = new StatementCounter(dsl);
    List<User> stored = new UserDao(counter.dsl()).insertAll(many);
    assertEquals(1, counter.count());
    assertEquals(40_000, stored.size());
    assertEquals("user 39999", stored.get(39_999).name());
    assertEquals(40_000, users.count());
  }

  @Test
  void insertAllMixesGivenAndGeneratedIds() {
    List<User> stored = users.insertAll(List.of(new User(1000L, "given"), new User(null, "generated")));
    assertEquals(1000L, stored.get(0).id());
    assertNotNull(stored.get(1).id());
    assertEquals(2, users.count());
  }

  @Test
  void insertAllMixesGivenAndGeneratedUuidsAndKeepsStringIds() {
    UUID given = UUID.randomUUID();
    AuthorDao authors = new AuthorDao(dsl);
    List<Author> stored = authors.insertAll(List.of(new Author(given, "given"), new Author(null, "generated")));
    assertEquals(given, stored.get(0).id());
    assertNotNull(stored.get(1).id());
    assertEquals(List.of("given", "generated"), stored.stream().map(Author::name).toList());

    CountryDao countries = new CountryDao(dsl);
    List<Country> both = List.of(new Country("NO", "Norway"), new Country("IS", "Iceland"));
    assertEquals(both, countries.insertAll(both));
  }

  @Test
  void anEntityOfNothingButItsIdIsInsertedOneAndManyAtATime() {
    TokenDao tokens = new TokenDao(dsl);
    Token one = tokens.insert(new Token(null));
    List<Token> generated = tokens.insertAll(List.of(new Token(null), new Token(null)));
    List<Token> mixed = tokens.insertAll(List.of(new Token(100L), new Token(null)));
    assertNotNull(one.id());
    assertEquals(2, generated.stream().map(Token::id).distinct().count());
    assertEquals(100L, mixed.get(0).id());
    assertNotNull(mixed.get(1).id());
    assertEquals(5, tokens.count());
  }

  @Test
  void insertAllOfNothingSendsNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    assertEquals(List.of(), new UserDao(counter.dsl()).insertAll(List.of()));
    assertEquals(0, counter.count());
  }

  @Test
  void findAllByIdIsOrderedAndSkipsMissingIds() {
    List<User> stored = users.insertAll(List.of(new User(null, "a"), new User(null, "b"), new User(null, "c")));
    List<User> found = users.findAllById(List.of(stored.get(2).id(), -1L, stored.get(0).id(), stored.get(2).id()));
    assertEquals(List.of(stored.get(0), stored.get(2)), found);
  }

  @Test
  void findAllIsOrderedByIdAndTakesConditions() {
    users.insert(new User(3L, "c"));
    users.insert(new User(1L, "a"));
    users.insert(new User(2L, "b"));
    assertEquals(List.of(1L, 2L, 3L), users.findAll().stream().map(User::id).toList());
    assertEquals(List.of(new User(2L, "b")), users.findAll(UserTable.USER_TABLE.NAME.eq("b")));
    assertEquals(3, users.count());
  }

  @Test
  void updateReturnsTheStoredRowAndDeleteSaysWhetherItExisted() {
    User alice = users.insert(new User(null, "Alice"));
    assertEquals(Optional.of(new User(alice.id(), "Alicia")), users.update(new User(alice.id(), "Alicia")));
    assertEquals("Alicia", users.findById(alice.id()).orElseThrow().name());
    assertEquals(Optional.empty(), users.update(new User(-5L, "nobody")));
    assertTrue(users.delete(alice));
    assertFalse(users.delete(alice));
    assertFalse(users.deleteById(alice.id()));
    assertEquals(Optional.empty(), users.findById(alice.id()));
  }

  @Test
  void aHostileStringIsStoredVerbatim() {
    String hostile = "Robert'); DROP TABLE users;--";
    User bobby = users.insert(new User(null, hostile));
    assertEquals(hostile, users.findById(bobby.id()).orElseThrow().name());
    assertEquals(hostile, users.insertAll(List.of(new User(null, hostile))).get(0).name());
    assertEquals(2, users.findAll(UserTable.USER_TABLE.NAME.eq(hostile)).size());
  }

  @Test
  void aTableNamedLikeAKeywordWorks() {
    OrderDao orders = new OrderDao(dsl);
    Order order = orders.insert(new Order(null, "acme"));
    assertEquals(List.of(order), orders.findAll());
  }

  @Test
  void nullArgumentsNameTheParameterAndSendNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    UserDao counted = new UserDao(counter.dsl());
    NullPointerException e = assertThrows(NullPointerException.class, () -> counted.insert(null));
    assertTrue(e.getMessage().contains("row"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> counted.findById(null));
    assertTrue(e.getMessage().contains("id"), e.getMessage());
    List<User> withNull = new ArrayList<>();
    withNull.add(null);
    e = assertThrows(NullPointerException.class, () -> counted.insertAll(withNull));
    assertTrue(e.getMessage().contains("rows"), e.getMessage());
    IllegalArgumentException unsaved =
        assertThrows(IllegalArgumentException.class, () -> counted.update(new User(null, "x")));
    assertTrue(unsaved.getMessage().contains("User") && unsaved.getMessage().contains("UserDao.update"), unsaved.getMessage());
    assertEquals(0, counter.count());
  }
}
