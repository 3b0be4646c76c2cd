package dev.relata.runtime.internal;

import dev.relata.Linked;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * What the generated {@code XLoader.insert} calls to store graphs: it takes each level apart into
 * one list per component ({@link GraphChildren}), checks every foreign key the graphs give before
 * anything is sent, inserts each list in one statement ({@link Inserts#all}), fills the foreign
 * keys from the stored parents' ids, links a {@code @BelongsToMany}'s targets in one statement
 * ({@link JoinRows}), and builds the stored graphs. The loader runs it all in one transaction.
 */
public final class GraphWriter {

  private GraphWriter() {}

  /** The graphs of {@code graphs}, in order; neither it nor an element may be {@code null}. */
  public static <G> List<G> graphs(Collection<? extends G> graphs, String parameter, String method) {
    return Checks.elementsNotNull(graphs, parameter, method);
  }

  /** {@code graph}, which must not be {@code null}. */
  public static <G> G graph(G graph, String parameter, String method) {
    return Checks.notNull(graph, parameter, method);
  }

  /**
   * The root row of each graph, in order. A graph whose root is {@code null}: a {@link
   * NullPointerException} naming the component ({@code UserPage.user}).
   */
  public static <G, R> List<R> roots(
      List<G> graphs, Function<? super G, ? extends R> root, String component, String method) {
    List<R> rows = new ArrayList<>(graphs.size());
    for (int i = 0; i < graphs.size(); i++) {
      R row = root.apply(graphs.get(i));
      if (row == null) {
        throw new NullPointerException(component + " must not be null, found in graph " + i + " (" + method + ")");
      }
      rows.add(row);
    }
    return rows;
  }

  /** The lists of a to-many component ({@code UserPage.posts}); a list or an element {@code null} is refused. */
  public static <G, C> GraphChildren<C> many(
      List<G> graphs, Function<? super G, ? extends Collection<? extends C>> children, String component, String method) {
    List<C> rows = new ArrayList<>();
    int[] starts = new int[graphs.size() + 1];
    for (int i = 0; i < graphs.size(); i++) {
      starts[i] = rows.size();
      Collection<? extends C> own = children.apply(graphs.get(i));
      if (own == null) {
        throw new NullPointerException(component + " must not be null, found in graph " + i + " (" + method + ")");
      }
      for (C child : own) {
        if (child == null) {
          throw new NullPointerException(
              component + " must not contain null, found in graph " + i + " (" + method + ")");
        }
        rows.add(child);
      }
    }
    starts[graphs.size()] = rows.size();
    return new GraphChildren<>(rows, starts);
  }

  /** The values of an {@code Optional} to-one component ({@code UserPage.profile}), where present. */
  public static <G, C> GraphChildren<C> optional(
      List<G> graphs, Function<? super G, ? extends Optional<? extends C>> child, String component, String method) {
    return many(
        graphs,
        graph -> {
          Optional<? extends C> value = child.apply(graph);
          return value == null ? null : value.<List<C>>map(List::of).orElse(List.of());
        },
        component,
        method);
  }

  /** The values of a plain to-one component ({@code CommentView.post}), never {@code null}. */
  public static <G, C> GraphChildren<C> required(
      List<G> graphs, Function<? super G, ? extends C> child, String component, String method) {
    return many(
        graphs,
        graph -> {
          C value = child.apply(graph);
          return value == null ? null : List.of(value);
        },
        component,
        method);
  }

  /** {@code function} of each of {@code values}, in order. */
  public static <T, R> List<R> map(List<T> values, Function<? super T, ? extends R> function) {
    List<R> mapped = new ArrayList<>(values.size());
    for (T value : values) {
      mapped.add(function.apply(value));
    }
    return mapped;
  }

  /**
   * Checks the foreign key {@code key} of each child row (one per child of {@code children}, in
   * order) against its parent among {@code parents}, as given: the key must be unset ({@code
   * null}, or 0 where it is a primitive) or hold the parent's id. Insert fills it from the stored
   * parent; a key that names another row is refused ({@link IllegalArgumentException}), since the
   * child would end up under a parent other than the one the graph puts it under.
   */
  public static <C, P> void checkChildKeys(
      EntityMetadata<C, ?> child, Field<?> key, List<C> rows, GraphChildren<?> children,
      EntityMetadata<P, ?> parent, List<P> parents, String component, String method) {
    requireValues(child, rows, method, key);
    int index = child.indexOf(key);
    for (int p = 0; p < children.parents(); p++) {
      Object parentId = parent.idOf(parents.get(p));
      for (int c = children.start(p); c < children.end(p); c++) {
        Object given = child.values(rows.get(c))[index];
        if (!unset(key, given) && !given.equals(parentId)) {
          throw new IllegalArgumentException(
              method + ": " + component + " holds a " + child.name() + " whose " + child.componentOf(key)
                  + " names another " + parent.name() + " than the one it is under; leave it unset: insert fills"
                  + " it from the stored " + parent.name());
        }
      }
    }
  }

  /**
   * Checks the foreign key {@code key} of each of {@code rows} (one per graph) that has a parent
   * in {@code parents} (a to-one {@code @BelongsTo} component, whose rows are {@code
   * parentRows}): unset or the parent's id, as {@link #checkChildKeys} does.
   */
  public static <C, P> void checkParentKeys(
      EntityMetadata<C, ?> child, Field<?> key, List<C> rows, GraphChildren<?> parents,
      EntityMetadata<P, ?> parent, List<P> parentRows, String component, String method) {
    requireValues(parent, parentRows, method);
    int index = child.indexOf(key);
    for (int i = 0; i < parents.parents(); i++) {
      if (parents.start(i) == parents.end(i)) {
        continue; // no parent in the graph: the key is stored as given
      }
      Object parentId = parent.idOf(parentRows.get(parents.start(i)));
      Object given = child.values(rows.get(i))[index];
      if (!unset(key, given) && !given.equals(parentId)) {
        throw new IllegalArgumentException(
            method + ": " + component + " is a " + parent.name() + " other than the one the " + child.name() + "'s "
                + child.componentOf(key) + " names; leave it unset: insert fills it from the stored " + parent.name());
      }
    }
  }

  /**
   * Checks a to-one component that is the row a nested graph is inserted under ({@code
   * PostView.user} of the {@code posts} of a {@code UserPage}): it must be empty or that very row
   * as given ({@code equals}); insert fills it with the stored row.
   *
   * @param value the component's row, {@code null} where it is empty
   * @param parents the row each graph is under, as given
   */
  public static <G, P> void checkUnder(
      List<G> graphs, Function<? super G, ?> value, List<P> parents, String component, String method) {
    for (int i = 0; i < graphs.size(); i++) {
      Object given = value.apply(graphs.get(i));
      if (given != null && !given.equals(parents.get(i))) {
        throw new IllegalArgumentException(
            method + ": " + component + " is the row the graph is inserted under, and holds another; leave it"
                + " empty: insert fills it with the stored row");
      }
    }
  }

  /**
   * Checks that no row of {@code rows} holds {@code null} where its column is NOT NULL ({@code
   * @Column(nullable = false)}), as {@code insertAll} would, but before anything is sent: a {@link
   * NullPointerException} naming the entity and the component. The {@code filled} columns, keys
   * insert fills, are not checked.
   */
  public static <E> void requireValues(EntityMetadata<E, ?> entity, List<E> rows, String method, Field<?>... filled) {
    int[] skipped = new int[filled.length];
    for (int f = 0; f < filled.length; f++) {
      skipped[f] = entity.indexOf(filled[f]);
    }
    for (E row : rows) {
      Object[] values = entity.values(row);
      next:
      for (int i = 0; i < values.length; i++) {
        for (int skip : skipped) {
          if (skip == i) {
            continue next;
          }
        }
        entity.requireAllowed(i, values[i], method);
      }
    }
  }

  /**
   * Whether a key holds no parent: {@code null}, or 0 where the column is NOT NULL (a primitive
   * key, which cannot hold {@code null}; generated ids start at 1).
   */
  private static boolean unset(Field<?> key, Object value) {
    return value == null || (!key.getDataType().nullable() && value instanceof Number n && n.longValue() == 0);
  }

  /** Inserts {@code rows} in one statement, as {@code insertAll} does, and returns them as stored. */
  public static <E> List<E> insert(DSLContext dsl, EntityMetadata<E, ?> entity, List<E> rows, String method) {
    return Inserts.all(dsl, entity, rows, method);
  }

  /**
   * {@code rows} (one per child of {@code children}), each with {@code key} holding its parent's
   * stored id.
   */
  public static <C, P> List<C> withChildKeys(
      EntityMetadata<C, ?> child, Field<?> key, List<C> rows, GraphChildren<?> children,
      EntityMetadata<P, ?> parent, List<P> stored) {
    List<C> keyed = new ArrayList<>(rows.size());
    for (int p = 0; p < children.parents(); p++) {
      Object parentId = parent.idOf(stored.get(p));
      for (int c = children.start(p); c < children.end(p); c++) {
        keyed.add(child.with(rows.get(c), key, parentId));
      }
    }
    return keyed;
  }

  /**
   * {@code rows} (one per graph), each that has a parent in {@code parents} with {@code key}
   * holding that parent's stored id ({@code stored}, one per parent); the others as given.
   */
  public static <C, P> List<C> withParentKeys(
      EntityMetadata<C, ?> child, Field<?> key, List<C> rows, GraphChildren<?> parents,
      EntityMetadata<P, ?> parent, List<P> stored) {
    List<C> keyed = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      keyed.add(
          parents.start(i) == parents.end(i)
              ? rows.get(i)
              : child.with(rows.get(i), key, parent.idOf(stored.get(parents.start(i)))));
    }
    return keyed;
  }

  /**
   * Links each stored target to its owner: one join row per target, all in one statement
   * ({@link JoinRows}).
   *
   * @param targets the targets of each owner, as given
   * @param owners the owners, stored
   * @param stored the targets, stored, in the order of {@code targets}
   * @param throughWhere the association's through scope, whose values every join row holds
   */
  public static <O, T> void link(
      DSLContext dsl, EntityMetadata<?, ?> through, Field<?> key, Field<?> otherKey, GraphChildren<?> targets,
      EntityMetadata<O, ?> owner, List<O> owners, EntityMetadata<T, ?> target, List<T> stored, Scope throughWhere) {
    List<Object> ownerIds = new ArrayList<>(stored.size());
    List<Object> targetIds = new ArrayList<>(stored.size());
    for (int p = 0; p < targets.parents(); p++) {
      Object ownerId = owner.idOf(owners.get(p));
      for (int c = targets.start(p); c < targets.end(p); c++) {
        ownerIds.add(ownerId);
        targetIds.add(target.idOf(stored.get(c)));
      }
    }
    JoinRows.insert(dsl, through, key, otherKey, ownerIds, targetIds, throughWhere);
  }

  /**
   * Checks the join rows of a {@code List<Linked<T, L>>} component: each link's {@code key} must
   * be unset or hold its owner's id, and its {@code otherKey} unset or its target's id, as {@link
   * #checkChildKeys} does; insert fills both. Scoped, each target must be unset or in {@code where}
   * there, and each link in {@code throughWhere} ({@link Scope#checkInserts}).
   */
  public static <O, T, L> void checkLinks(
      EntityMetadata<L, ?> through, Field<?> key, Field<?> otherKey, GraphChildren<Linked<T, L>> links,
      EntityMetadata<O, ?> owner, List<O> owners, EntityMetadata<T, ?> target, Scope where, Scope throughWhere,
      String component, String method) {
    requireValues(target, map(links.rows(), Linked::target), method);
    requireValues(through, map(links.rows(), Linked::link), method, key, otherKey);
    where.checkInserts(target, map(links.rows(), Linked::target), method);
    throughWhere.checkInserts(through, map(links.rows(), Linked::link), method);
    int keyIndex = through.indexOf(key);
    int otherIndex = through.indexOf(otherKey);
    for (int p = 0; p < links.parents(); p++) {
      Object ownerId = owner.idOf(owners.get(p));
      for (int c = links.start(p); c < links.end(p); c++) {
        Linked<T, L> linked = links.rows().get(c);
        Object[] values = through.values(linked.link());
        if (!unset(key, values[keyIndex]) && !values[keyIndex].equals(ownerId)) {
          throw new IllegalArgumentException(
              method + ": " + component + " holds a " + through.name() + " whose " + through.componentOf(key)
                  + " names another " + owner.name() + " than the one it is under; leave it unset: insert fills it");
        }
        Object targetId = target.idOf(linked.target());
        if (!unset(otherKey, values[otherIndex]) && !values[otherIndex].equals(targetId)) {
          throw new IllegalArgumentException(
              method + ": " + component + " holds a " + through.name() + " whose " + through.componentOf(otherKey)
                  + " names another " + target.name() + " than the one it links; leave it unset: insert fills it");
        }
      }
    }
  }

  /**
   * Stores a {@code List<Linked<T, L>>} component: the targets in one statement, then the links in
   * one more, as {@code insertAll} inserts them (their other components as given), each with
   * {@code key} holding its owner's stored id and {@code otherKey} its target's; returns each
   * target with its link, as stored, in order. Scoped, the targets get {@code where}'s values and
   * the links {@code throughWhere}'s.
   */
  public static <O, T, L> List<Linked<T, L>> insertLinked(
      DSLContext dsl, EntityMetadata<L, ?> through, Field<?> key, Field<?> otherKey, GraphChildren<Linked<T, L>> links,
      EntityMetadata<O, ?> owner, List<O> owners, EntityMetadata<T, ?> target, Scope where, Scope throughWhere,
      String method) {
    List<T> targets = insert(dsl, target, where.fill(target, map(links.rows(), Linked::target)), method);
    List<L> keyed =
        withChildKeys(through, key, throughWhere.fill(through, map(links.rows(), Linked::link)), links, owner, owners);
    for (int i = 0; i < keyed.size(); i++) {
      keyed.set(i, through.with(keyed.get(i), otherKey, target.idOf(targets.get(i))));
    }
    List<L> stored = insert(dsl, through, keyed, method);
    List<Linked<T, L>> linked = new ArrayList<>(stored.size());
    for (int i = 0; i < stored.size(); i++) {
      linked.add(new Linked<>(targets.get(i), stored.get(i)));
    }
    return linked;
  }

  /**
   * Refuses, before anything is sent, a graph whose polymorphic parent component ({@code
   * Optional<Commentable>}) holds a row: insert does not store a parent that may be of several
   * entities. Insert the parent first (its DAO's {@code insert}), then give the row its key and
   * type, or link it afterwards ({@code setCommentable}).
   */
  public static <G> void requireNoPolymorphicParent(
      List<G> graphs, Function<? super G, ? extends Optional<?>> component, String name, String method) {
    for (G graph : graphs) {
      Optional<?> parent = component.apply(graph);
      if (parent != null && parent.isPresent()) {
        throw new IllegalArgumentException(
            method + ": " + name + " holds a parent, but insert does not store a polymorphic parent; insert it"
                + " first (its DAO's insert), give the row its key and type, and leave " + name + " empty; nothing"
                + " was sent");
      }
    }
  }

  /** The graphs {@code graph} builds for indexes 0 to {@code size - 1}, as an unmodifiable list. */
  public static <G> List<G> build(int size, IntFunction<? extends G> graph) {
    List<G> graphs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      graphs.add(graph.apply(i));
    }
    return Collections.unmodifiableList(graphs);
  }
}
