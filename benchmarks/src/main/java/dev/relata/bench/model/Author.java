package dev.relata.bench.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** The parent of the {@code Find} benchmarks: the three most liked articles of each author, and counts. */
@Entity
@HasMany(Article.class)
public record Author(@Id Long id, String name) {}
