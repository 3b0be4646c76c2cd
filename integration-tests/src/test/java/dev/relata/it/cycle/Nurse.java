package dev.relata.it.cycle;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A nurse of a ward. */
@Entity
@BelongsTo(Ward.class)
public record Nurse(@Id Long id, String name, Long wardId) {}
