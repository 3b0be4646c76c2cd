package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The child side of Family. */
@Entity
@BelongsTo(Family.class)
public record Child(@Id Long id, String name, Long familyId) {}
