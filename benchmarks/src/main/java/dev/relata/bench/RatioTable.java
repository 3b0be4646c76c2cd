package dev.relata.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The table of ratios, each pair's two scores next to it, from one JMH run. */
final class RatioTable {

  private final Map<String, Score> scores = new HashMap<>();

  RatioTable(Collection<RunResult> results) {
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      Result<?> primary = run.getPrimaryResult();
      scores.put(shortName, new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
    }
  }

  /** Markdown, one line per pair whose two sides ran. */
  String render(List<Pair> pairs) {
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | Relata | baseline | ratio ± error | target | met |\n");
    table.append("|---|---|---|---|---|---|\n");
    for (Pair pair : pairs) {
      Score relata = scores.get(pair.relata());
      Score baseline = scores.get(pair.baseline());
      if (relata == null || baseline == null) {
        continue;
      }
      Score ratio = relata.over(baseline);
      table.append(String.format(
          "| %s | %s %s | %s %s | %.3f ± %.3f | ≤ %.2f | %s |%n",
          pair.what(),
          pair.relata(), format(relata),
          pair.baseline(), format(baseline),
          ratio.value(), ratio.error(),
          pair.target(),
          verdict(ratio, pair.target())));
    }
    return table.toString();
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
