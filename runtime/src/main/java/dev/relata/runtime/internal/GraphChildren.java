package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The values of one component of a level of graphs being inserted, flattened: every parent's
 * children in one list, in parent order, so that one statement stores them all; and which parent
 * each came from, so that the stored rows go back to their parents' graphs.
 *
 * @param <C> a child: an entity row or a nested graph
 */
public final class GraphChildren<C> {

  private final List<C> rows;
  /** Per parent, where its children start in {@link #rows}; one more entry, the end. */
  private final int[] starts;

  GraphChildren(List<C> rows, int[] starts) {
    this.rows = Collections.unmodifiableList(rows);
    this.starts = starts;
  }

  /** Every parent's children, parent after parent. */
  public List<C> rows() {
    return rows;
  }

  /** The number of parents. */
  int parents() {
    return starts.length - 1;
  }

  /** Where parent {@code parent}'s children start in {@link #rows}. */
  int start(int parent) {
    return starts[parent];
  }

  /** Where they end (exclusive). */
  int end(int parent) {
    return starts[parent + 1];
  }

  /** For each child, in order, its parent among {@code parents}. */
  public <P> List<P> parentsOf(List<P> parents) {
    List<P> each = new ArrayList<>(rows.size());
    for (int parent = 0; parent < parents(); parent++) {
      for (int i = starts[parent]; i < starts[parent + 1]; i++) {
        each.add(parents.get(parent));
      }
    }
    return each;
  }

  /** Parent {@code parent}'s part of {@code stored} (one value per child, in order), unmodifiable. */
  public <X> List<X> list(List<X> stored, int parent) {
    return Collections.unmodifiableList(new ArrayList<>(stored.subList(starts[parent], starts[parent + 1])));
  }

  /** Parent {@code parent}'s value of {@code stored}, if it had a child. */
  public <X> Optional<X> optional(List<X> stored, int parent) {
    return starts[parent] == starts[parent + 1] ? Optional.empty() : Optional.of(stored.get(starts[parent]));
  }

  /** Parent {@code parent}'s value of {@code stored}, which it has: its component is not optional. */
  public <X> X required(List<X> stored, int parent) {
    return stored.get(starts[parent]);
  }

  /** The number of parent {@code parent}'s children: a count component, as inserted. */
  public long count(int parent) {
    return starts[parent + 1] - starts[parent];
  }
}
