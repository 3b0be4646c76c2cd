package dev.relata.it.scopes;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import dev.relata.Version;
import java.time.Instant;

/** A person's membership of a project: a role, a rank, and what the database keeps. */
@Entity(table = "project_roles")
@BelongsTo(Person.class)
@BelongsTo(Project.class)
public record Membership(
    @Id Long id, Long personId, Long projectId, String role, Short rank, @UpdatedAt Instant updatedAt, @Version Long version) {}
