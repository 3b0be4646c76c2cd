package dev.relata.it.caseless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.SchemaMismatchException;
import dev.relata.it.drift.OwnSchema;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code @Column(unique = true, ignoreCase = true)} on PostgreSQL: the unique index on {@code
 * lower(column)}, the finders that compare {@code lower(...)}, and validate and diff knowing the
 * index.
 */
@Tag(OwnSchema.TAG)
class IgnoreCaseTest {

  private OwnSchema schema;
  private SubscriberDao subscribers;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("caseless");
    RelataSchema.create(schema.dsl());
    subscribers = new SubscriberDao(schema.dsl());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  @Test
  void theDdlHasAUniqueIndexOnLowerInsteadOfAConstraint() {
    List<String> ddl = RelataSchema.ddl();
    assertTrue(ddl.contains("create unique index if not exists \"subscribers_lower_email_idx\" on \"subscribers\"(lower(\"email\"))"),
        String.join("\n", ddl));
    assertTrue(ddl.contains(
        "create unique index if not exists \"subscribers_lower_display_name_idx\" on \"subscribers\"(lower(\"display_name\"))"),
        String.join("\n", ddl));
    assertTrue(ddl.get(0).contains("constraint \"subscribers_handle_key\" unique (\"handle\")"), ddl.get(0));
    assertTrue(!ddl.get(0).contains("subscribers_email_key"), ddl.get(0));
  }

  @Test
  void valuesThatDifferInCaseOnlyAreOneValueAndTheStoredFormIsAsWritten() {
    Subscriber ann = subscribers.insert(new Subscriber(null, "Ann@Example.com", "Ann", "ann"));
    assertEquals("Ann@Example.com", subscribers.findById(ann.id()).orElseThrow().email());
    IntegrityConstraintViolationException taken =
        assertThrows(
            IntegrityConstraintViolationException.class,
            () -> subscribers.insert(new Subscriber(null, "ANN@example.COM", "Other", "other")));
    assertTrue(taken.getMessage().contains("subscribers_lower_email_idx"), taken.getMessage());
    assertThrows(
        IntegrityConstraintViolationException.class, () -> subscribers.insert(new Subscriber(null, "b@example.com", "aNN", "b")));
    // The handle is unique as written: another case is another handle.
    subscribers.insert(new Subscriber(null, "c@example.com", "Cid", "ANN"));
  }

  @Test
  void findByComparesLowerAndFindAllKeysByTheValueAsGiven() {
    Subscriber ann = subscribers.insert(new Subscriber(null, "Ann@Example.com", "Ann", "ann"));
    Subscriber bob = subscribers.insert(new Subscriber(null, "bob@example.com", "Bob", "bob"));
    assertEquals(Optional.of(ann), subscribers.findByEmail("ann@example.com"));
    assertEquals(Optional.of(ann), subscribers.findByEmail("ANN@EXAMPLE.COM"));
    assertEquals(Optional.of(bob), subscribers.findByName("BOB"));
    assertEquals(Optional.empty(), subscribers.findByEmail("nobody@example.com"));
    assertEquals(Optional.empty(), subscribers.findByHandle("ANN"), "the handle is not ignoreCase");

    Map<String, Subscriber> expected = new LinkedHashMap<>();
    expected.put("BOB@example.com", bob);
    expected.put("ann@example.com", ann);
    expected.put("Ann@Example.com", ann);
    Map<String, Subscriber> found =
        subscribers.findAllByEmail(Arrays.asList("BOB@example.com", "nobody@example.com", "ann@example.com", "Ann@Example.com"));
    assertEquals(expected, found);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(found.keySet()), "input order, the values as given");
    assertEquals(Map.of(), subscribers.findAllByName(List.of()));
  }

  @Test
  void findByRefusesNullBeforeAnyStatement() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> subscribers.findByEmail(null));
    assertTrue(e.getMessage().contains("email"), e.getMessage());
    assertThrows(NullPointerException.class, () -> subscribers.findAllByEmail(Arrays.asList("a@example.com", null)));
  }

  @Test
  void theIndexAsCreatedPassesValidateAndDiffNeedsNothing() {
    RelataSchema.validate(schema.dsl());
    assertEquals(List.of(), RelataSchema.diff(schema.dsl()));
  }

  @Test
  void validateMissesTheIndexAndDiffAddsIt() {
    schema.dsl().execute("drop index \"subscribers_lower_email_idx\"");
    SchemaMismatchException mismatch =
        assertThrows(SchemaMismatchException.class, () -> RelataSchema.validate(schema.dsl()));
    assertEquals(
        List.of("unique index \"subscribers_lower_email_idx\" on \"subscribers\" (lower(\"email\")) is missing"),
        mismatch.differences());
    List<String> diff = RelataSchema.diff(schema.dsl());
    assertEquals(
        List.of("create unique index if not exists \"subscribers_lower_email_idx\" on \"subscribers\"(lower(\"email\"))"), diff);
    schema.execute(diff);
    RelataSchema.validate(schema.dsl());
  }

  @Test
  void aPlainUniqueConstraintOrAnotherExpressionIsNotTheIndex() {
    schema.execute(List.of(
        "drop index \"subscribers_lower_email_idx\"",
        "alter table \"subscribers\" add constraint \"subscribers_email_key\" unique (\"email\")",
        "create unique index \"subscribers_upper_email_idx\" on \"subscribers\" (upper(\"email\"))",
        "drop index \"subscribers_lower_display_name_idx\"",
        "create index \"subscribers_lower_display_name_idx\" on \"subscribers\" (lower(\"display_name\"))"));
    SchemaMismatchException mismatch =
        assertThrows(SchemaMismatchException.class, () -> RelataSchema.validate(schema.dsl()));
    assertEquals(
        List.of(
            "unique index \"subscribers_lower_email_idx\" on \"subscribers\" (lower(\"email\")) is missing",
            "unique index \"subscribers_lower_display_name_idx\" on \"subscribers\" (lower(\"display_name\")) is missing"),
        mismatch.differences());
  }

  @Test
  void anIndexByHandOnAVarcharColumnIsKnownToo() {
    schema.execute(List.of(
        "drop index \"subscribers_lower_email_idx\"",
        "alter table \"subscribers\" alter column \"email\" type varchar(200)",
        "create unique index \"by_hand\" on \"subscribers\" (lower(\"email\"))"));
    SchemaMismatchException mismatch =
        assertThrows(SchemaMismatchException.class, () -> RelataSchema.validate(schema.dsl()));
    assertEquals(
        List.of("column \"subscribers\".\"email\" is character varying(200), the model says text"), mismatch.differences(),
        "the index is there, under another name, on lower((email)::text)");
  }

  @Test
  void aDuplicateByCaseMakesTheIndexFailToBeCreated() {
    schema.execute(List.of(
        "drop index \"subscribers_lower_email_idx\"",
        "insert into \"subscribers\" (\"email\") values ('x@example.com'), ('X@example.com')"));
    DataAccessException e =
        assertThrows(DataAccessException.class, () -> schema.execute(RelataSchema.diff(schema.dsl())));
    assertTrue(e.getMessage().contains("could not create unique index \"subscribers_lower_email_idx\""), e.getMessage());
  }
}
