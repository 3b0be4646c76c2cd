package dev.relata.bench;

/**
 * One line of the result table: two sides of one {@link Rotation} benchmark, Relata's and the
 * baseline it is measured against in the same run, and the ratio it should stay under.
 *
 * @param what what the pair measures
 * @param benchmark the simple name of the benchmark class
 * @param relata the name of Relata's side
 * @param baseline the name of the baseline's side
 * @param target the ratio relata / baseline to stay at or under
 */
record Pair(String what, String benchmark, String relata, String baseline, double target) {}
