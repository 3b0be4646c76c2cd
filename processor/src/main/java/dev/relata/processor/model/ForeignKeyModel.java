package dev.relata.processor.model;

/**
 * A foreign-key constraint that {@code RelataSchema} creates, with the index on its column, and
 * that {@code XTable} declares among its references; its name is given with the schema's others
 * ({@code generate/ConstraintNames}).
 *
 * @param table the entity whose table holds the column
 * @param column the column
 * @param references the entity whose id it holds
 * @param onDelete the action
 */
public record ForeignKeyModel(EntityModel table, ColumnModel column, EntityModel references, OnDelete onDelete) {}
