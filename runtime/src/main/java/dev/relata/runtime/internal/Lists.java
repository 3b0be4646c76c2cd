package dev.relata.runtime.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The lists the batch reads hand out. */
final class Lists {

  private Lists() {}

  /**
   * The list {@code found} holds for a key, unmodifiable, or an empty list. The lists are the
   * reads' own, filled once and never changed afterwards, so they are handed out as they are,
   * not copied.
   */
  static <K, T> Function<K, List<T>> byKey(Map<K, List<T>> found) {
    return key -> {
      List<T> list = found.get(key);
      return list == null ? List.of() : Collections.unmodifiableList(list);
    };
  }
}
