package dev.relata.it.links;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A user's review of a project; a user may review one project many times. */
@Entity(table = "links_reviews")
@BelongsTo(User.class)
@BelongsTo(Project.class)
public record Review(@Id Long id, Long userId, Long projectId, int score) {}
