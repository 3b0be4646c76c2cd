package dev.relata.it.polymorphic;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** A post, with its comments and its caption: those whose type column says {@code "Post"}. */
@Entity(table = "posts_commented")
@HasMany(value = Comment.class, foreignKey = "commentableId")
@HasOne(value = Caption.class, foreignKey = "subjectId")
public record Post(@Id Long id, String title) implements Commentable {}
