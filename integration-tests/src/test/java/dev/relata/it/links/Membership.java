package dev.relata.it.links;

import dev.relata.BelongsTo;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.time.Instant;

/** A user's membership of a project: a role, and the times and version the database keeps. */
@Entity(table = "links_memberships")
@BelongsTo(User.class)
@BelongsTo(Project.class)
public record Membership(
    @Id Long id,
    Long userId,
    Long projectId,
    String role,
    @CreatedAt Instant joinedAt,
    @UpdatedAt Instant changedAt,
    @Version Integer version) {}
