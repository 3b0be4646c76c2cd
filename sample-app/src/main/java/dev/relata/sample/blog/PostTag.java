package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/**
 * One link between a post and a tag, and whether the post features the tag ({@code null} where
 * the plain {@code postDao.addTag(post, tag)} added it); deleting either side deletes the link.
 * {@code postDao.addTag(post, tag, link)} stores it, {@code postDao.getTagLinks(post)} reads it.
 */
@Entity
@BelongsTo(value = Post.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = Tag.class, onDelete = OnDelete.CASCADE)
public record PostTag(@Id Long id, Long postId, Long tagId, Boolean featured) {}
