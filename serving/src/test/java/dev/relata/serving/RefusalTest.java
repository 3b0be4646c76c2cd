package dev.relata.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each SQL state PostgreSQL answers with means for a request. */
class RefusalTest {

  @ParameterizedTest
  @CsvSource({
    "23505, INTEGRITY", "23503, INTEGRITY", "23502, INTEGRITY", "22021, UNSTORABLE_VALUE", "22P02, UNSTORABLE_VALUE",
    "40001, RETRYABLE", "40P01, RETRYABLE", "08006, RETRYABLE", "57P01, RETRYABLE", "42P01, OTHER", "XX000, OTHER"
  })
  void eachStateHasItsMeaning(String state, Refusal meaning) {
    assertEquals(meaning, Refusal.of(refused(state)), state);
  }

  @Test
  void aDuplicateUniqueValueIsTheOneStateWorkRetries() {
    assertTrue(Refusal.isUniqueViolation(refused("23505")));
    assertFalse(Refusal.isUniqueViolation(refused("23503")));
  }

  private static DataAccessException refused(String state) {
    return new DataAccessException("refused", new SQLException("refused", state));
  }
}
