package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** An irregular plural: {@code getChildren}, {@code addChild}, {@code addChildren}. */
@Entity
@HasMany(Child.class)
public record Family(@Id Long id, String name) {}
