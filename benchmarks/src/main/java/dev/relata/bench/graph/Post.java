package dev.relata.bench.graph;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A user's post, with comments and tags. */
@Entity(table = "graph_posts")
@BelongsTo(User.class)
@HasMany(Comment.class)
@BelongsToMany(value = Tag.class, through = PostTag.class)
public record Post(@Id Long id, Long userId, String title, String body) {}
