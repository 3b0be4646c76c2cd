package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;

/** A String id, which the database does not generate: {@code insert} needs one. */
@Entity
public record Country(@Id String code, String name) {}
