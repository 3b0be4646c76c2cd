package dev.relata.it.creating;

import dev.relata.BelongsTo;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** A chapter of a book; its slug is unique over all chapters, and never null. */
@Entity(table = "creating_chapters")
@BelongsTo(value = Book.class, onDelete = OnDelete.CASCADE)
public record Chapter(@Id Long id, long bookId, @Column(unique = true, nullable = false) String slug) {}
