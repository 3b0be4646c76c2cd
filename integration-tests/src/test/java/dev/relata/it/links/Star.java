package dev.relata.it.links;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A user's star on a project: nothing but the pair. */
@Entity(table = "links_stars")
@BelongsTo(User.class)
@BelongsTo(Project.class)
public record Star(@Id Long id, Long userId, Long projectId) {}
