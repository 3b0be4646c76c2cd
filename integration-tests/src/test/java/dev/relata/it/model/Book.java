package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import java.util.UUID;

/** A {@code UUID} foreign key. */
@Entity
@BelongsTo(Author.class)
public record Book(@Id Long id, UUID authorId, String title) {}
