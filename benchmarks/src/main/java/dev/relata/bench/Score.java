package dev.relata.bench;

import org.openjdk.jmh.util.ListStatistics;

/**
 * A score with its error (half the 99.9% confidence interval, as JMH gives it).
 *
 * @param value the mean
 * @param error the half-width of its confidence interval; {@code NaN} when there are too few
 *     iterations to give one
 * @param unit the unit, e.g. {@code us/op}
 */
record Score(double value, double error, String unit) {

  /** The mean of {@code statistics} and its error, computed as JMH computes a score's. */
  static Score of(ListStatistics statistics, String unit) {
    return new Score(statistics.getMean(), statistics.getMeanErrorAt(0.999), unit);
  }
}
