package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;
import java.time.Instant;

/**
 * A blog's entry, with columns to sort and filter on (ties in {@code likes} on purpose), an
 * {@code Instant}, and labels through
 * {@link Labeling}, whose own columns a {@code Find} may use.
 */
@Entity
@BelongsTo(Blog.class)
@BelongsToMany(value = Label.class, through = Labeling.class)
public record Entry(@Id Long id, Long blogId, String title, int likes, Instant publishedAt) {}
