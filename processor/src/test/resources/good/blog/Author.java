package dev.relata.sample.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A book author: {@code authorDao.getBooks(author)}. */
@Entity
@HasMany(Book.class)
public record Author(@Id Long id, String name) {}
