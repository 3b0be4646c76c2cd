package dev.relata.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The table of ratios from one JMH run. JMH's own score of a {@link Rotation} benchmark mixes its
 * sides; this splits the measured iterations back by side (iteration {@code i}, counting the
 * warm-up ones, ran side {@code i % sides}) and scores each side as JMH would.
 */
final class RatioTable {

  /** Scores by "Benchmark.side". */
  private final Map<String, Score> scores = new HashMap<>();

  RatioTable(Collection<RunResult> results, Map<String, List<String>> sidesByBenchmark) {
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
      String simpleName = className.substring(className.lastIndexOf('.') + 1);
      List<String> sides = sidesByBenchmark.get(simpleName);
      if (sides == null) {
        continue;
      }
      int warmups = run.getParams().getWarmup().getCount();
      for (int side = 0; side < sides.size(); side++) {
        ListStatistics statistics = new ListStatistics();
        String unit = "";
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
          int iteration = warmups;
          for (IterationResult result : fork.getIterationResults()) {
            if (iteration++ % sides.size() == side) {
              statistics.addValue(result.getPrimaryResult().getScore());
              unit = result.getScoreUnit();
            }
          }
        }
        scores.put(simpleName + "." + sides.get(side), Score.of(statistics, unit));
      }
    }
  }

  /** Markdown, one line per pair whose benchmark ran. */
  String render(List<Pair> pairs) {
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | Relata | baseline | ratio ± error | target | met |\n");
    table.append("|---|---|---|---|---|---|\n");
    for (Pair pair : pairs) {
      Score relata = scores.get(pair.benchmark() + "." + pair.relata());
      Score baseline = scores.get(pair.benchmark() + "." + pair.baseline());
      if (relata == null || baseline == null) {
        continue;
      }
      Score ratio = relata.over(baseline);
      table.append(String.format(
          "| %s | %s: %s | %s: %s | %.3f ± %.3f | ≤ %.2f | %s |%n",
          pair.what(),
          pair.relata(), format(relata),
          pair.baseline(), format(baseline),
          ratio.value(), ratio.error(),
          pair.target(),
          verdict(ratio, pair.target())));
    }
    return table.toString();
  }

  /** Every side's score, for pairs that show only two of three. */
  String renderScores() {
    StringBuilder lines = new StringBuilder();
    scores.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> lines.append(String.format("%-45s %s%n", e.getKey(), format(e.getValue()))));
    return lines.toString();
  }

  private static String format(Score score) {
    return String.format("%,.1f ± %,.1f %s", score.value(), score.error(), score.unit());
  }

  /** "yes" only when the whole error bar is under the target; "within error" when it straddles. */
  private static String verdict(Score ratio, double target) {
    if (ratio.value() + ratio.error() <= target) {
      return "yes";
    }
    if (ratio.value() - ratio.error() <= target) {
      return "within error";
    }
    return "no";
  }
}
