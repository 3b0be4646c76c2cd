package dev.relata.it.graph;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** A comment, whose primitive key makes its post a plain {@code Post} in a graph; {@code rank} orders them. */
@Entity(table = "graph_comments")
@BelongsTo(value = Post.class, onDelete = OnDelete.CASCADE)
public record Comment(@Id Long id, long postId, String body, int rank) {}
