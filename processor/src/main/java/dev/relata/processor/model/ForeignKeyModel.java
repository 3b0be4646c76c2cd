package dev.relata.processor.model;

import dev.relata.processor.base.Names;

/**
 * A foreign-key constraint that {@code RelataSchema} creates, with the index on its column, and
 * that {@code XTable} declares among its references.
 *
 * @param table the entity whose table holds the column
 * @param column the column
 * @param references the entity whose id it holds
 * @param onDelete the action
 */
public record ForeignKeyModel(EntityModel table, ColumnModel column, EntityModel references, OnDelete onDelete) {

  /** The constraint's name, {@code posts_user_id_fkey}. */
  public String constraintName() {
    return Names.foreignKeyConstraint(table.table(), column.column());
  }
}
