package dev.relata.bench;

/**
 * One line of the result table: a Relata benchmark, the baseline it is measured against in the
 * same run, and the ratio it should stay under.
 *
 * @param what what the pair measures
 * @param relata the benchmark of the Relata side, {@code Class.method}
 * @param baseline the benchmark of the baseline, {@code Class.method}
 * @param target the ratio relata / baseline to stay at or under
 */
record Pair(String what, String relata, String baseline, double target) {}
