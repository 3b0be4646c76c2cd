package dev.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.exception.NoDataFoundException;

/**
 * What the generated {@code XLoader} of a {@code @Graph} record calls to check its roots, nest
 * the graphs of one level into the level above, and build the records. The statements themselves
 * are the generated DAOs' batch methods: one per component per level, whatever the number of
 * rows.
 */
public final class Graphs {

  private Graphs() {}

  /** {@code value}, or a {@link NullPointerException} naming {@code parameter} and {@code method}. */
  public static <T> T notNull(T value, String parameter, String method) {
    return Checks.notNull(value, parameter, method);
  }

  /**
   * {@code row}, checked to be a stored row: not {@code null} ({@link NullPointerException}) and
   * with an id ({@link IllegalArgumentException}).
   */
  public static <R> R root(EntityMetadata<R, ?> entity, R row, String parameter, String method) {
    Checks.storedId(entity, row, parameter, method);
    return row;
  }

  /**
   * The distinct rows of {@code rows}, in input order, each checked as {@link #root} does: the
   * roots of a graph, one per distinct row.
   */
  public static <R> List<R> roots(EntityMetadata<R, ?> entity, Collection<? extends R> rows, String parameter, String method) {
    Set<R> distinct = new LinkedHashSet<>(capacity(Checks.notNull(rows, parameter, method).size()));
    for (R row : Checks.elementsNotNull(rows, parameter, method)) {
      Checks.storedId(entity, row, parameter + " element", method);
      distinct.add(row);
    }
    return new ArrayList<>(distinct);
  }

  /**
   * The children of each parent as graphs: {@code graphs} loads the graph of every distinct child
   * of the level at once (one graph per child, in the order given), then each parent's list is
   * mapped to them, in its order. A child of several parents (a tag on many posts) is loaded once.
   */
  public static <P, C, G> Map<P, List<G>> nest(Map<P, List<C>> children, Function<? super List<C>, List<G>> graphs) {
    Set<C> distinct = new LinkedHashSet<>();
    children.values().forEach(distinct::addAll);
    Map<C, G> graphOf = load(distinct, graphs);
    Map<P, List<G>> nested = new HashMap<>(capacity(children.size()));
    children.forEach(
        (parent, rows) -> {
          List<G> own = new ArrayList<>(rows.size());
          rows.forEach(row -> own.add(graphOf.get(row)));
          nested.put(parent, Collections.unmodifiableList(own));
        });
    return nested;
  }

  /** The child of each parent that has one as a graph, as {@link #nest} does for lists. */
  public static <P, C, G> Map<P, G> nestOne(Map<P, C> children, Function<? super List<C>, List<G>> graphs) {
    Map<C, G> graphOf = load(new LinkedHashSet<>(children.values()), graphs);
    Map<P, G> nested = new HashMap<>(capacity(children.size()));
    children.forEach((parent, row) -> nested.put(parent, graphOf.get(row)));
    return nested;
  }

  private static <C, G> Map<C, G> load(Set<C> distinct, Function<? super List<C>, List<G>> graphs) {
    List<C> rows = new ArrayList<>(distinct);
    List<G> loaded = rows.isEmpty() ? List.of() : graphs.apply(rows);
    if (loaded.size() != rows.size()) {
      throw new IllegalStateException("a loader returned " + loaded.size() + " graphs for " + rows.size() + " rows");
    }
    Map<C, G> graphOf = new HashMap<>(capacity(rows.size()));
    for (int i = 0; i < rows.size(); i++) {
      graphOf.put(rows.get(i), loaded.get(i));
    }
    return graphOf;
  }

  /**
   * The row {@code parent}'s NOT NULL foreign key points at. It is there as long as the foreign
   * key constraint is; where a schema has none and the row is gone, a {@link
   * NoDataFoundException} says so rather than putting {@code null} in a graph.
   */
  public static <P, C> C required(Map<P, C> rows, P parent, String component, String graph) {
    C row = rows.get(parent);
    if (row == null) {
      // The message names the graph and the component, never the row's values.
      throw new NoDataFoundException(
          graph + "." + component + ": a NOT NULL foreign key points at a row that is not in the database (is the"
              + " foreign key constraint missing?)");
    }
    return row;
  }

  /** One graph per root, in the roots' order, as an unmodifiable list. */
  public static <R, G> List<G> assemble(List<R> roots, Function<? super R, ? extends G> graph) {
    List<G> graphs = new ArrayList<>(roots.size());
    for (R root : roots) {
      graphs.add(graph.apply(root));
    }
    return Collections.unmodifiableList(graphs);
  }

  /** A hash map capacity that holds {@code entries} without growing. */
  private static int capacity(int entries) {
    return (int) (entries / 0.75f) + 1;
  }
}
