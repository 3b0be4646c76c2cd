package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;

/** Nothing but an id: every insert sends no column at all. */
@Entity
public record Token(@Id Long id) {}
