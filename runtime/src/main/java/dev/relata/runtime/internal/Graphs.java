package dev.relata.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return DistinctRows.of(entity, rows, parameter, method).rows();
  }

  /**
   * The children of each parent as graphs: {@code graphs} loads the graph of every distinct child
   * of the level at once (one graph per child, in the order given), then each parent's list is
   * mapped to them, in its order. A child of several parents (a tag on many posts) is loaded once.
   *
   * @param entity the children's entity: they are told apart by id ({@link DistinctRows} says why)
   */
  public static <P, C, G> Map<P, List<G>> nest(
      EntityMetadata<C, ?> entity, Map<P, List<C>> children, Function<? super List<C>, List<G>> graphs) {
    int count = 0;
    for (List<C> rows : children.values()) {
      count += rows.size();
    }
    DistinctRows<C, ?> distinct = new DistinctRows<>(entity, count);
    // Where each child of each list is among the distinct ones, list after list.
    int[] places = new int[count];
    int next = 0;
    for (List<C> rows : children.values()) {
      for (C row : rows) {
        places[next++] = distinct.add(row);
      }
    }
    List<G> loaded = load(distinct, graphs);
    Map<P, List<G>> nested = new HashMap<>(Maps.capacity(children.size()));
    next = 0;
    for (Map.Entry<P, List<C>> parent : children.entrySet()) {
      List<G> own = new ArrayList<>(parent.getValue().size());
      for (int i = 0; i < parent.getValue().size(); i++) {
        own.add(loaded.get(places[next++]));
      }
      nested.put(parent.getKey(), Collections.unmodifiableList(own));
    }
    return nested;
  }

  /** The child of each parent that has one as a graph, as {@link #nest} does for lists. */
  public static <P, C, G> Map<P, G> nestOne(
      EntityMetadata<C, ?> entity, Map<P, C> children, Function<? super List<C>, List<G>> graphs) {
    DistinctRows<C, ?> distinct = new DistinctRows<>(entity, children.size());
    int[] places = new int[children.size()];
    int next = 0;
    for (C row : children.values()) {
      places[next++] = distinct.add(row);
    }
    List<G> loaded = load(distinct, graphs);
    Map<P, G> nested = new HashMap<>(Maps.capacity(children.size()));
    next = 0;
    for (P parent : children.keySet()) {
      nested.put(parent, loaded.get(places[next++]));
    }
    return nested;
  }

  /** The graph of each of the {@code distinct} rows, in their order. */
  private static <C, G> List<G> load(DistinctRows<C, ?> distinct, Function<? super List<C>, List<G>> graphs) {
    List<G> loaded = distinct.size() == 0 ? List.of() : graphs.apply(distinct.rows());
    if (loaded.size() != distinct.size()) {
      throw new IllegalStateException("a loader returned " + loaded.size() + " graphs for " + distinct.size() + " rows");
    }
    return loaded;
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

}
