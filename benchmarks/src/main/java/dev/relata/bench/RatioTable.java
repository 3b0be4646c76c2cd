package dev.relata.bench;

import java.util.ArrayList;
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
 * warm-up ones, ran side {@code i % sides}), scores each side as JMH would, and divides the sides
 * of a pair round by round ({@link PairedRatio}).
 */
final class RatioTable {

  /** Scores by "Benchmark.side". */
  private final Map<String, Score> scores = new HashMap<>();

  /** Each side's measured iterations by "Benchmark.side", one per complete round, in order. */
  private final Map<String, List<Double>> rounds = new HashMap<>();

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
      int turns = sides.size();
      for (int side = 0; side < turns; side++) {
        ListStatistics statistics = new ListStatistics();
        List<Double> sideRounds = new ArrayList<>();
        String unit = "";
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
          List<IterationResult> measured = new ArrayList<>(fork.getIterationResults());
          for (int i = 0; i < measured.size(); i++) {
            int iteration = warmups + i;
            if (iteration % turns != side) {
              continue;
            }
            double score = measured.get(i).getPrimaryResult().getScore();
            statistics.addValue(score);
            unit = measured.get(i).getScoreUnit();
            // Only whole rounds count for the ratio: a round that lacks a side cannot be divided.
            int roundStart = iteration - side;
            if (roundStart >= warmups && roundStart + turns <= warmups + measured.size()) {
              sideRounds.add(score);
            }
          }
        }
        String key = simpleName + "." + sides.get(side);
        scores.put(key, Score.of(statistics, unit));
        rounds.put(key, sideRounds);
      }
    }
  }

  /**
   * Markdown, one line per pair whose benchmark ran: each side's score as JMH computes it, and
   * the ratio of the pair from its rounds, with its 99.9% interval.
   */
  String render(List<Pair> pairs) {
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | Relata | baseline | ratio [99.9% interval] | target | met |\n");
    table.append("|---|---|---|---|---|---|\n");
    for (Pair pair : pairs) {
      String relata = pair.benchmark() + "." + pair.relata();
      String baseline = pair.benchmark() + "." + pair.baseline();
      if (!scores.containsKey(relata) || !scores.containsKey(baseline)) {
        continue;
      }
      PairedRatio ratio = PairedRatio.of(rounds.get(relata), rounds.get(baseline));
      table.append(String.format(
          "| %s | %s: %s | %s: %s | %.3f [%.3f, %.3f] | ≤ %.2f | %s |%n",
          pair.what(),
          pair.relata(), format(scores.get(relata)),
          pair.baseline(), format(scores.get(baseline)),
          ratio.value(), ratio.low(), ratio.high(),
          pair.target(),
          ratio.verdict(pair.target())));
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
}
