package dev.relata.it.drift;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A table that may go missing, with a foreign key to {@link Novel}. */
@Entity
@BelongsTo(Novel.class)
public record Review(@Id Long id, Long novelId, int stars) {}
