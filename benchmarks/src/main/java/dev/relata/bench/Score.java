package dev.relata.bench;

import org.openjdk.jmh.util.ListStatistics;

/**
 * A score with its error (half the 99.9% confidence interval, as JMH gives it), and what follows
 * for a ratio.
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

  /**
   * {@code this / baseline}, its error propagated to first order from both relative errors
   * (independent measurements): {@code r * sqrt((ea/a)^2 + (eb/b)^2)}.
   */
  Score over(Score baseline) {
    double ratio = value / baseline.value;
    double relative = Math.hypot(relativeError(), baseline.relativeError());
    return new Score(ratio, ratio * relative, "");
  }

  private double relativeError() {
    return Double.isNaN(error) ? 0 : error / value;
  }
}
