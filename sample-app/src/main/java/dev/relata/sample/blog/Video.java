package dev.relata.sample.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A video, commented on as posts are: {@code videoDao.getComments(video)}. */
@Entity
@HasMany(value = Comment.class, foreignKey = "commentableId")
public record Video(@Id Long id, String title) implements Commentable {}
