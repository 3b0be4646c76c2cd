package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * A child of User twice (@BelongsTo is repeatable): through {@code userId}, all names default
 * ({@code getUser}); through {@code editorId}, {@code as} defaults to the foreign key without
 * {@code Id} ({@code getEditor}). And many-to-many with Tag through PostTag ({@code getTags}).
 */
@Entity
@BelongsTo(User.class)
@BelongsTo(value = User.class, foreignKey = "editorId")
@BelongsToMany(value = Tag.class, through = PostTag.class)
public record Post(@Id Long id, Long userId, Long editorId, String title) {}
