package dev.relata.sample.library;

import dev.relata.*;
import java.time.*;
import java.util.*;

/** A genre and its sub-genres: a self-reference. */
@Entity
@BelongsTo(value = Genre.class, foreignKey = "parentId", as = "parent")
@HasMany(value = Genre.class, foreignKey = "parentId", as = "children", singular = "child")
@HasMany(Title.class)
public record Genre(
    @Id Long id,
    @Column(unique = true, nullable = false) String name,
    Long parentId) {}
