package dev.relata.it.polymorphic;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A video, with its comments: those whose type column says {@code "Video"}. */
@Entity(table = "videos_commented")
@HasMany(value = Comment.class, foreignKey = "commentableId")
public record Video(@Id Long id, String url) implements Commentable {}
