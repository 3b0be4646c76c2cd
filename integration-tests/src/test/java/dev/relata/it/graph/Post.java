package dev.relata.it.graph;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.OnDelete;

/** A post of a user (a nullable key: {@code Optional<User>} in a graph), its comments and tags. */
@Entity(table = "graph_posts")
@BelongsTo(value = User.class, onDelete = OnDelete.CASCADE)
@HasMany(Comment.class)
@BelongsToMany(value = Tag.class, through = PostTag.class)
public record Post(@Id Long id, Long userId, String title) {}
