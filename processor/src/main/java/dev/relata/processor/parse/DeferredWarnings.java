package dev.relata.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Warnings that wait for the end of the round, when every entity of it has been parsed: a warning
 * about an entity that turns out to have errors is dropped, since the error is the news (a
 * misspelt {@code @BelongsTo} key is not a missing {@code @BelongsTo}).
 */
public final class DeferredWarnings {

  private record Warning(Set<String> about, Runnable report) {}

  private final List<Warning> warnings = new ArrayList<>();

  /** Keeps {@code report} for {@link #report}; {@code about} are the qualified names of the entities it concerns. */
  void add(Set<String> about, Runnable report) {
    warnings.add(new Warning(about, report));
  }

  /** Reports the kept warnings, in order, except those about an entity that {@code hasErrors}; forgets them all. */
  public void report(Predicate<String> hasErrors) {
    for (Warning warning : warnings) {
      if (warning.about().stream().noneMatch(hasErrors)) {
        warning.report().run();
      }
    }
    warnings.clear();
  }
}
