package dev.relata.sample.polymorphic;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A post: its comments are those whose type says {@code "Post"}. */
@Entity
@HasMany(value = Comment.class, foreignKey = "commentableId")
public record Post(@Id Long id, String title) implements Commentable {}
