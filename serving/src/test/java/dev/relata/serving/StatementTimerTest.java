package dev.relata.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The Server-Timing value the timer writes is the one clients read back. */
class StatementTimerTest {

  @Test
  void aValueItWritesIsReadBack() {
    StatementTimer timer = new StatementTimer();
    timer.executeStart(null);
    timer.executeEnd(null);
    timer.executeStart(null);
    timer.executeEnd(null);
    assertEquals(OptionalInt.of(2), StatementTimer.statementsIn(timer.serverTiming()));
    assertEquals(OptionalInt.of(0), StatementTimer.statementsIn(new StatementTimer().serverTiming()));
  }

  @Test
  void anyOtherValueHoldsNoCount() {
    assertEquals(OptionalInt.empty(), StatementTimer.statementsIn("db;dur=1.5"));
    assertEquals(OptionalInt.empty(), StatementTimer.statementsIn("cache;desc=\"3 statements\""));
  }
}
