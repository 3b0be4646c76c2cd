package dev.relata.processor.model;

/**
 * A foreign-key constraint that {@code RelataSchema} creates, with the index on its column.
 *
 * @param table the entity whose table holds the column
 * @param column the column
 * @param references the entity whose id it holds
 * @param onDelete the action, in SQL ({@code no action}, {@code cascade}, ...)
 */
public record ForeignKeyModel(EntityModel table, ColumnModel column, EntityModel references, String onDelete) {}
