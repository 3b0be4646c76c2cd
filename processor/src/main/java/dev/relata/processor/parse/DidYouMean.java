package dev.relata.processor.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the closest of the valid names for a misspelt one, by edit distance. */
final class DidYouMean {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private DidYouMean() {}

  /** {@code " Did you mean \"orderId\"?"}, or empty text where nothing is close. */
  static String hint(String given, Collection<String> candidates) {
    return closest(given, candidates).map(c -> " Did you mean \"" + c + "\"?").orElse("");
  }

  /** The candidate nearest to {@code given}, ignoring case, if it is within a third of its length (at least 2 edits). */
  static Optional<String> closest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = DISTANCE.apply(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int tolerance = Math.max(2, given.length() / 3);
    return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
  }
}
