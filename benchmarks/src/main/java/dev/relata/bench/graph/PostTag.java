package dev.relata.bench.graph;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The join entity of Post and Tag. */
@Entity(table = "graph_post_tags")
@BelongsTo(Post.class)
@BelongsTo(Tag.class)
public record PostTag(@Id Long id, Long postId, Long tagId) {}
