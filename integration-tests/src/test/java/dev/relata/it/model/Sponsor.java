package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;

/** The other side of Team's many-to-many. */
@Entity
public record Sponsor(@Id Long id, String name) {}
