package dev.relata.sample.stamps;

import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import java.time.Instant;

/** Nothing but its id and when it was made: {@code update} has nothing to write. */
@Entity
public record Note(@Id Long id, @CreatedAt Instant createdAt) {}
