package dev.relata.realworld.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** A user's favorite article; deleting either deletes the favorite. */
@Entity
@BelongsTo(value = User.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = Article.class, onDelete = OnDelete.CASCADE)
public record Favorite(@Id Long id, long userId, long articleId) {}
