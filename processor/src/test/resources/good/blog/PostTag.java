package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** One link between a post and a tag; deleting either side deletes the link. */
@Entity
@BelongsTo(value = Post.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = Tag.class, onDelete = OnDelete.CASCADE)
public record PostTag(@Id Long id, Long postId, Long tagId) {}
