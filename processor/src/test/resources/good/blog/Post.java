package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A post: {@code postDao.getUser(post)}, {@code postDao.getComments(post)}, {@code postDao.getTags(post)}. */
@Entity
@BelongsTo(User.class)
@HasMany(Comment.class)
@BelongsToMany(value = Tag.class, through = PostTag.class)
public record Post(@Id Long id, String title, String content, Long userId) {}
