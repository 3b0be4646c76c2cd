package dev.relata.boot.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** A comment on a post; deleting the post deletes its comments. */
@Entity
@BelongsTo(value = Post.class, onDelete = OnDelete.CASCADE)
public record Comment(@Id Long id, String body, Long postId) {}
