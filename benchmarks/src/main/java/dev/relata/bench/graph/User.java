package dev.relata.bench.graph;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** The root of the page. */
@Entity(table = "graph_users")
@HasMany(Post.class)
public record User(@Id Long id, String name, String email) {}
