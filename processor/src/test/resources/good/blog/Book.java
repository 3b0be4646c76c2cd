package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A book by an author. */
@Entity
@BelongsTo(Author.class)
public record Book(@Id Long id, String title, Long authorId) {}
