package dev.relata.it.drift;

import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/** The parent of {@link Novel}. */
@Entity
public record Writer(@Id Long id, @Column(nullable = false) String name) {}
