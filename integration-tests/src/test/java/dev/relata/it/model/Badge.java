package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.time.OffsetDateTime;

/** Team's one badge: timestamps on {@code OffsetDateTime}, an {@code Integer} version. */
@Entity
@BelongsTo(Team.class)
public record Badge(
    @Id Long id,
    Long teamId,
    String label,
    @CreatedAt OffsetDateTime createdAt,
    @UpdatedAt OffsetDateTime updatedAt,
    @Version Integer version) {}
