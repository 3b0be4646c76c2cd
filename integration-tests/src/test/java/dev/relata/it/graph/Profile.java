package dev.relata.it.graph;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** The one profile a user may have. */
@Entity(table = "graph_profiles")
@BelongsTo(value = User.class, onDelete = OnDelete.CASCADE)
public record Profile(@Id Long id, Long userId, String bio) {}
