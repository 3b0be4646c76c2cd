package dev.relata.bench;

/**
 * A JMH score with its error (half the 99.9% confidence interval), and what follows for a ratio.
 *
 * @param value the mean
 * @param error the half-width of its confidence interval; {@code NaN} when JMH has too few
 *     iterations to give one
 * @param unit JMH's unit, e.g. {@code us/op}
 */
record Score(double value, double error, String unit) {

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
