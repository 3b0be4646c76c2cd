package dev.relata.sample.scopes;

import dev.relata.*;

/** A comment on a post, approved or pending. */
@Entity
@BelongsTo(Post.class)
public record Comment(@Id Long id, String body, Status status, Long postId) {}
