package dev.relata.it.creating;

import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import java.time.Instant;

/** An author, whose creation time the database sets. */
@Entity(table = "creating_authors")
@HasMany(Book.class)
public record Author(@Id Long id, String name, @CreatedAt Instant createdAt) {}
