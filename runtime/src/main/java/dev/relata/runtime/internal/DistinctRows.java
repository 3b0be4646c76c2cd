package dev.relata.runtime.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * Rows of one entity, each once (equal rows collapse), in the order they were added, each found
 * by its id: what a batch method was given ({@code getPosts(users)}), or the children of one level
 * of a graph.
 *
 * <p>Why by id: a record's {@code hashCode} reads every component, and the first hash of a string
 * reads all of it. A page of a graph hands thousands of freshly read rows (a post's title and body)
 * to several batch methods; keying them in hash maps was the largest part of the loaders' own CPU
 * time (JFR on the graph benchmark). Here a row is found through its id, which is unique among
 * stored rows, and then compared with {@code equals} only against the rows of the same id, which is
 * one row and the same instance but where a caller holds two versions of a row (an old copy and a
 * new one): both are kept, as a map keyed by row would keep them.
 *
 * @param <R> the entity
 * @param <ID> the type of its id
 */
final class DistinctRows<R, ID> {

  private static final int NONE = -1;

  private final EntityMetadata<R, ID> entity;
  private final List<R> rows;
  /** The place of the first row with each id, in the order the ids came. */
  private final Map<ID, Integer> firstWithId;
  /** Per place, the place of the next row with the same id, or {@link #NONE}. */
  private int[] nextWithId;

  DistinctRows(EntityMetadata<R, ID> entity, int expected) {
    this.entity = entity;
    this.rows = new ArrayList<>(expected);
    this.firstWithId = new LinkedHashMap<>(Maps.capacity(expected));
    this.nextWithId = new int[Math.max(expected, 8)];
  }

  /**
   * {@code rows}, checked as a batch method's argument: the collection and its elements not {@code
   * null} ({@link NullPointerException}), every row stored ({@link IllegalArgumentException}), as
   * {@link Checks} words it.
   *
   * <p>Where {@code rows} is the {@link #rows()} of distinct rows of the entity already (a graph
   * loader hands the rows of one level to its own loader, which hands them to each batch method),
   * they are those, checked already.
   */
  @SuppressWarnings("unchecked") // a view's rows are of its owner's entity, the one asked for
  static <R, ID> DistinctRows<R, ID> of(
      EntityMetadata<R, ID> entity, Collection<? extends R> rows, String parameter, String method) {
    if (rows instanceof View<?> view && view.owner().entity == entity) {
      return (DistinctRows<R, ID>) view.owner();
    }
    DistinctRows<R, ID> distinct = new DistinctRows<>(entity, Checks.notNull(rows, parameter, method).size());
    String element = parameter + " element";
    int index = 0;
    for (R row : rows) {
      Checks.storedId(entity, Checks.elementNotNull(row, index++, parameter, method), element, method);
      distinct.add(row);
    }
    return distinct;
  }

  /** Adds {@code row}, a stored row, unless an equal one is here; returns its place. */
  int add(R row) {
    ID id = entity.idOf(row);
    Integer first = firstWithId.putIfAbsent(id, rows.size());
    if (first == null) {
      return append(row);
    }
    int place = first;
    while (true) {
      if (same(rows.get(place), row)) {
        return place;
      }
      if (nextWithId[place] == NONE) {
        nextWithId[place] = rows.size();
        return append(row);
      }
      place = nextWithId[place];
    }
  }

  /** The place of the row equal to {@code candidate}, or {@code -1}. */
  int placeOf(Object candidate) {
    if (!entity.type().isInstance(candidate)) {
      return NONE;
    }
    R row = entity.type().cast(candidate);
    ID id = entity.idOf(row);
    Integer first = id == null ? null : firstWithId.get(id);
    for (int place = first == null ? NONE : first; place != NONE; place = nextWithId[place]) {
      if (same(rows.get(place), row)) {
        return place;
      }
    }
    return NONE;
  }

  /**
   * The rows, in order, unmodifiable. Rows are added while they are being told apart and never
   * after: once handed out, the list does not change.
   */
  List<R> rows() {
    return new View<>(this);
  }

  /** The row at {@code place}. */
  R get(int place) {
    return rows.get(place);
  }

  int size() {
    return rows.size();
  }

  /** Their distinct ids, in order: what a batch statement asks for. */
  Set<ID> ids() {
    return Collections.unmodifiableSet(firstWithId.keySet());
  }

  /** Each row mapped to {@code valueOf} its id, as an unmodifiable map in this order. */
  <V> Map<R, V> map(Function<? super ID, ? extends V> valueOf) {
    List<V> values = new ArrayList<>(rows.size());
    for (R row : rows) {
      values.add(valueOf.apply(entity.idOf(row)));
    }
    return new RowMap<>(this, values);
  }

  private int append(R row) {
    if (rows.size() == nextWithId.length) {
      nextWithId = Arrays.copyOf(nextWithId, nextWithId.length * 2);
    }
    nextWithId[rows.size()] = NONE;
    rows.add(row);
    return rows.size() - 1;
  }

  /** Equal rows; the same instance (the usual case) without reading its components. */
  private static boolean same(Object a, Object b) {
    return a == b || a.equals(b);
  }

  /** The rows of a {@code DistinctRows}, as a list: what {@link #of} knows to be told apart already. */
  private static final class View<R> extends AbstractList<R> implements RandomAccess {

    private final DistinctRows<R, ?> owner;

    View(DistinctRows<R, ?> owner) {
      this.owner = owner;
    }

    DistinctRows<R, ?> owner() {
      return owner;
    }

    @Override
    public R get(int index) {
      return owner.get(index);
    }

    @Override
    public int size() {
      return owner.size();
    }
  }

}
