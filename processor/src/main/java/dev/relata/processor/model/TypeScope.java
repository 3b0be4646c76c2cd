package dev.relata.processor.model;

/**
 * The type half of a polymorphic key, on a {@code @HasMany}/{@code @HasOne} of a permitted record
 * whose foreign key is that key: only the target's rows whose type column names the owner's
 * record are the owner's ({@code commentable_type = 'Video'}). Part of the key, not a user's
 * scope: links write it, unlinks clear it, and a row of another parent is moved, not refused.
 *
 * @param column the target's column holding the parent's record name
 * @param value the owner's record name, {@code Video}
 */
public record TypeScope(ColumnModel column, String value) {}
