package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.time.Instant;

/** Timestamps on {@code Instant}, a primitive {@code long} version; a child of Team. */
@Entity
@BelongsTo(Team.class)
public record Player(
    @Id Long id,
    Long teamId,
    String name,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @Version long version) {}
