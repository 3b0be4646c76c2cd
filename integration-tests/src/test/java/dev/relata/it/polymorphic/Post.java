package dev.relata.it.polymorphic;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A post, with its comments: those whose type column says {@code "Post"}. */
@Entity(table = "posts_commented")
@HasMany(value = Comment.class, foreignKey = "commentableId")
public record Post(@Id Long id, String title) implements Commentable {}
