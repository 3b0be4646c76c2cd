package dev.relata.it.graph;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** The root of {@link UserPage}: its posts, its profile. */
@Entity(table = "graph_users")
@HasMany(Post.class)
@HasOne(Profile.class)
public record User(@Id Long id, String name) {}
