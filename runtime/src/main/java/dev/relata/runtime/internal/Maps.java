package dev.relata.runtime.internal;

/** Sizing the hash maps the batch reads build. */
final class Maps {

  private Maps() {}

  /**
   * A hash capacity that holds {@code entries} without growing: growing a map of thousands of
   * entries rehashes it several times over (JFR on the batch reads).
   */
  static int capacity(int entries) {
    return (int) (entries / 0.75f) + 1;
  }
}
