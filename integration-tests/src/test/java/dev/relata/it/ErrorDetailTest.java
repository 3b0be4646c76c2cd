package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Account;
import dev.relata.it.model.AccountDao;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's error details quote the row (a duplicate email, every value of a row refused for a
 * NULL): the database this project opens leaves them out (pgjdbc's {@code
 * logServerErrorDetail=false}), so the messages of a unique and of a NOT NULL violation carry no
 * row value, and still name the constraint or column and carry the SQL state. The same statements
 * on a connection with the details on show the values: what the default keeps out.
 */
class ErrorDetailTest extends DatabaseTest {

  private static final String EMAIL = "ursula@example.org";
  private static final String NAME = "Jane Q. Private";

  @BeforeEach
  void aNotNullColumnTheRecordMayLeaveEmpty() {
    // "handle" is nullable in the model; made NOT NULL here, a row without one is PostgreSQL's to refuse.
    dsl.execute("alter table \"accounts\" alter column \"handle\" set not null");
  }

  @Test
  void aUniqueViolationNamesTheConstraintNotTheValue() {
    new AccountDao(dsl).insert(new Account(null, EMAIL, "ursula", "Ursula", null));
    IntegrityConstraintViolationException e =
        assertThrows(IntegrityConstraintViolationException.class, () -> duplicate(dsl));
    assertEquals("23505", e.sqlState());
    assertTrue(e.getMessage().contains("\"accounts_email_key\""), e.getMessage());
    assertFalse(e.getMessage().contains(EMAIL), e.getMessage());
    assertTrue(detailed(this::duplicate).contains("Key (email)=(" + EMAIL + ") already exists"));
  }

  @Test
  void aNotNullViolationNamesTheColumnNotTheRow() {
    DataAccessException e = assertThrows(DataAccessException.class, () -> withoutHandle(dsl));
    assertEquals("23502", e.sqlState());
    assertTrue(e.getMessage().contains("null value in column \"handle\""), e.getMessage());
    for (String value : List.of(EMAIL, NAME)) {
      assertFalse(e.getMessage().contains(value), e.getMessage());
    }
    assertTrue(detailed(this::withoutHandle).contains("Failing row contains ("), "the detail line shows the row");
    assertTrue(detailed(this::withoutHandle).contains(NAME));
  }

  private void duplicate(DSLContext context) {
    new AccountDao(context).insert(new Account(null, EMAIL, "ursula2", "Ursula", null));
  }

  private void withoutHandle(DSLContext context) {
    new AccountDao(context).insert(new Account(null, EMAIL, null, NAME, "a note"));
  }

  /** The message of {@code call}'s exception on a connection that keeps PostgreSQL's details. */
  private static String detailed(Consumer<DSLContext> call) {
    PGSimpleDataSource withDetails = new PGSimpleDataSource();
    withDetails.setUrl(SharedDatabase.get().jdbcUrl());
    withDetails.setUser(System.getenv().getOrDefault("RELATA_JDBC_USER", "postgres"));
    withDetails.setPassword(System.getenv("RELATA_JDBC_PASSWORD"));
    withDetails.setLogServerErrorDetail(true);
    DSLContext context = DSL.using(withDetails, SQLDialect.POSTGRES);
    return assertThrows(DataAccessException.class, () -> call.accept(context)).getMessage();
  }
}
