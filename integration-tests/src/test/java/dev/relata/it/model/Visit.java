package dev.relata.it.model;

import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import java.time.Instant;

/** Nothing but its id and when it was made: every column of its insert is made by the database. */
@Entity
public record Visit(@Id Long id, @CreatedAt Instant at) {}
