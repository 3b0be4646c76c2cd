package dev.relata.realworld;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time a row is written, to the microsecond PostgreSQL keeps. */
final class Now {

  private Now() {}

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
