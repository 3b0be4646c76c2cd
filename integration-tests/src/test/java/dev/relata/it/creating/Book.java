package dev.relata.it.creating;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.OnDelete;
import dev.relata.Version;

/** A book of an author, whose version the database starts at 0. */
@Entity(table = "creating_books")
@BelongsTo(value = Author.class, onDelete = OnDelete.CASCADE)
@HasMany(Chapter.class)
public record Book(@Id Long id, Long authorId, String title, @Version long version) {}
