package dev.relata.it.polymorphic;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** A video, with its comments and its caption: those whose type column says {@code "Video"}. */
@Entity(table = "videos_commented")
@HasMany(value = Comment.class, foreignKey = "commentableId")
@HasOne(value = Caption.class, foreignKey = "subjectId")
public record Video(@Id Long id, String url) implements Commentable {}
