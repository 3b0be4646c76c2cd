package dev.relata.bench;

import java.util.List;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The ratio of two sides of a {@link Rotation} benchmark, from the rounds in which they took
 * turns: the geometric mean of the per-round ratios, with the 99.9% confidence interval of that
 * mean (Student's t on the logarithms, as JMH computes a score's interval).
 *
 * <p>Why per round: on a shared machine the time of a call drifts by a factor of two within a
 * run as other work comes and goes, and it drifts for both sides alike, because they run within
 * a second of each other. Dividing side by side within a round cancels the drift that the two
 * sides' separate means and error bars both carry; the spread left is that of the ratio itself.
 * Logarithms make the interval multiplicative, so it cannot reach below zero, and a ratio and
 * its inverse get the same width.
 *
 * @param value the geometric mean of the per-round ratios
 * @param low the lower end of its 99.9% confidence interval
 * @param high the upper end
 * @param rounds the number of rounds it is computed from
 */
record PairedRatio(double value, double low, double high, int rounds) {

  /**
   * The ratio {@code relata[i] / baseline[i]} over the rounds {@code i}; the lists hold one
   * score per round, round {@code i} of both sides being the same turn of the rotation.
   */
  static PairedRatio of(List<Double> relata, List<Double> baseline) {
    int rounds = Math.min(relata.size(), baseline.size());
    ListStatistics logs = new ListStatistics();
    for (int i = 0; i < rounds; i++) {
      logs.addValue(Math.log(relata.get(i) / baseline.get(i)));
    }
    double mean = logs.getMean();
    double error = rounds > 1 ? logs.getMeanErrorAt(0.999) : Double.NaN;
    return new PairedRatio(Math.exp(mean), Math.exp(mean - error), Math.exp(mean + error), rounds);
  }

  /**
   * "yes" when the whole interval is at or under {@code target}, "no" when it is entirely above,
   * "within error" when it straddles it.
   */
  String verdict(double target) {
    if (high <= target) {
      return "yes";
    }
    return low > target ? "no" : "within error";
  }
}
