package dev.relata.processor.model;

import java.util.List;

/**
 * A unique constraint that {@code RelataSchema} creates and {@code XTable} declares: a {@code
 * @Column(unique = true)} column, a {@code @HasOne}'s foreign key (on a polymorphic key, its type
 * and id columns), or the two keys of a {@code @BelongsToMany} join table (so that a pair is linked
 * at most once).
 *
 * @param table the entity whose table it constrains
 * @param columns its columns, in constraint order
 */
public record UniqueKeyModel(EntityModel table, List<ColumnModel> columns) {

  public UniqueKeyModel {
    columns = List.copyOf(columns);
  }
}
