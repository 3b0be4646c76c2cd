package dev.relata.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of the batch reads, keyed by the rows the caller gave. */
final class Batches {

  private Batches() {}

  /**
   * Each row of {@code ids} (in its order) with the list found for its id, an empty list where
   * none was found.
   */
  static <P, ID, T> Map<P, List<T>> lists(Map<P, ID> ids, Map<ID, List<T>> found) {
    Map<P, List<T>> result = new LinkedHashMap<>(Math.max(16, ids.size() * 4 / 3 + 1));
    ids.forEach((row, id) -> result.put(row, List.copyOf(found.getOrDefault(id, List.of()))));
    return result;
  }

  /** Each row of {@code ids} (in its order) with the count found for its id, {@code 0} where none was. */
  static <P, ID> Map<P, Long> counts(Map<P, ID> ids, Map<ID, Long> found) {
    Map<P, Long> result = new LinkedHashMap<>(Math.max(16, ids.size() * 4 / 3 + 1));
    ids.forEach((row, id) -> result.put(row, found.getOrDefault(id, 0L)));
    return result;
  }
}
