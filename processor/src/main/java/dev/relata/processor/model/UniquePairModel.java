package dev.relata.processor.model;

/**
 * The unique constraint on the two keys of a {@code @BelongsToMany} join table, so that a pair
 * is linked at most once.
 */
public record UniquePairModel(EntityModel table, ColumnModel first, ColumnModel second) {}
