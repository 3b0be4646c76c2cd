package dev.relata.bench.graph;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A comment on a post; a higher id is a newer comment. */
@Entity(table = "graph_comments")
@BelongsTo(Post.class)
public record Comment(@Id Long id, Long postId, String body) {}
