package dev.relata.it.scopes;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A comment on a post, approved, pending or not moderated yet ({@code null}). */
@Entity(table = "blog_comments")
@BelongsTo(Post.class)
public record Comment(@Id Long id, String body, Status status, Long postId) {}
