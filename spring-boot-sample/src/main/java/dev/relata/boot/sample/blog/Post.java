package dev.relata.boot.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A post: {@code postDao.getUser(post)}, {@code postDao.getComments(post)}. */
@Entity
@BelongsTo(User.class)
@HasMany(Comment.class)
public record Post(@Id Long id, String title, String content, Long userId) {}
