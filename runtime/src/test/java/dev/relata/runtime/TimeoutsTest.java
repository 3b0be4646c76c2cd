package dev.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** {@link Timeouts#withQueryTimeout}: the derived context, and bad timeouts refused before any statement. */
class TimeoutsTest {

  private final DSLContext dsl =
      DSL.using(SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS));

  @Test
  void theDerivedContextHasTheTimeoutAndTheOtherSettingsWhileTheGivenOneIsLeftAsItIs() {
    Settings before = SettingsTools.clone(dsl.settings());
    DSLContext limited = Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(3));
    assertEquals(3, limited.settings().getQueryTimeout());
    assertEquals(RenderQuotedNames.ALWAYS, limited.settings().getRenderQuotedNames());
    assertEquals(SQLDialect.POSTGRES, limited.dialect());
    assertEquals(before, dsl.settings());
  }

  @Test
  void zeroNegativeAndPartSecondsAreRefusedAtOnce() {
    for (Duration bad :
        new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMillis(500), Duration.ofMillis(1500)}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Timeouts.withQueryTimeout(dsl, bad), bad.toString());
      assertTrue(e.getMessage().startsWith("timeout must be "), e.getMessage());
      assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }
  }

  @Test
  void moreSecondsThanJdbcCountsAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Timeouts.withQueryTimeout(dsl, Duration.ofSeconds(Integer.MAX_VALUE + 1L)));
    assertTrue(e.getMessage().contains("at most 2147483647 seconds"), e.getMessage());
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerException noContext =
        assertThrows(NullPointerException.class, () -> Timeouts.withQueryTimeout(null, Duration.ofSeconds(1)));
    assertEquals("dsl must not be null (Timeouts.withQueryTimeout)", noContext.getMessage());
    NullPointerException noTimeout =
        assertThrows(NullPointerException.class, () -> Timeouts.withQueryTimeout(dsl, null));
    assertEquals("timeout must not be null (Timeouts.withQueryTimeout)", noTimeout.getMessage());
  }

  @Test
  void aNegativeTimeoutInTheSettingsIsRefusedWhereTheContextIsGiven() {
    DSLContext negative = DSL.using(SQLDialect.POSTGRES, new Settings().withQueryTimeout(-1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Timeouts.requireValid(negative, "UserDao"));
    assertTrue(e.getMessage().startsWith("UserDao: the DSLContext's Settings.queryTimeout is -1 seconds"), e.getMessage());
    Timeouts.requireValid(DSL.using(SQLDialect.POSTGRES, new Settings().withQueryTimeout(0)), "UserDao");
  }
}
