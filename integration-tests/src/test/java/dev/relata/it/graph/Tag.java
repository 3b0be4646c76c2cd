package dev.relata.it.graph;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** A tag on posts, many-to-many through {@link PostTag}. */
@Entity(table = "graph_tags")
@BelongsToMany(value = Post.class, through = PostTag.class)
public record Tag(@Id Long id, String name) {}
