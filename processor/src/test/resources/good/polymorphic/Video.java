package dev.relata.sample.polymorphic;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A video: its comments are those whose type says {@code "Video"}. */
@Entity
@HasMany(value = Comment.class, foreignKey = "commentableId")
public record Video(@Id Long id, String url) implements Commentable {}
