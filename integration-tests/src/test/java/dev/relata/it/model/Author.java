package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import java.util.UUID;

/** A {@code UUID} id: AuthorDao's {@code ID} type is UUID. */
@Entity
@HasMany(Book.class)
public record Author(@Id UUID id, String name) {}
