package dev.relata.bench.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The child of the {@code Find} benchmarks, with a column to sort on. */
@Entity
@BelongsTo(Author.class)
public record Article(@Id Long id, Long authorId, String title, int likes, String body) {}
