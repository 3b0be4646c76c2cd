package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** The parent of the {@code Find} tests: {@code getEntries(blog, find)}, {@code countEntries(blogs)}. */
@Entity
@HasMany(Entry.class)
public record Blog(@Id Long id, String name) {}
