package dev.relata.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A component of a {@code @Graph} record other than the root: what it holds and how it is loaded. */
public sealed interface GraphComponent {

  /** The component's name, also its accessor's. */
  String name();

  /** The root's association it loads (or counts). */
  AssociationModel association();

  /**
   * {@code List<T>} of a {@code @HasMany} or {@code @BelongsToMany}, or {@code List<Linked<T, L>>}
   * of a {@code @BelongsToMany} whose through record is {@code L}.
   *
   * @param nested the graph {@code T} is, or empty where {@code T} is the target entity
   * @param orderBy the order of {@code @OrderBy}, empty for none (by id)
   * @param limit {@code @Limit}, the most rows per parent
   * @param linked whether it holds {@code Linked<T, L>}: each target with its join row ({@code
   *     nested} is empty then)
   */
  record ToMany(
      String name,
      AssociationModel association,
      Optional<GraphModel> nested,
      List<Ordering> orderBy,
      OptionalInt limit,
      boolean linked)
      implements GraphComponent {

    public ToMany {
      orderBy = List.copyOf(orderBy);
    }
  }

  /**
   * {@code Optional<T>}, or a plain {@code T} where the foreign key is NOT NULL, of a {@code
   * @HasOne} or {@code @BelongsTo}.
   *
   * @param nested the graph {@code T} is, or empty where {@code T} is the target entity
   * @param optional whether the component is an {@code Optional}
   */
  record ToOne(String name, AssociationModel association, Optional<GraphModel> nested, boolean optional)
      implements GraphComponent {}

  /** {@code long <as>Count}: the number of rows of a to-many association. */
  record Count(String name, AssociationModel association) implements GraphComponent {}

  /** One term of {@code @OrderBy}: a column of the target, ascending or descending. */
  record Ordering(ColumnModel column, boolean descending) {}
}
