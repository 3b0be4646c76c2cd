package dev.relata.sample.scopes;

import dev.relata.*;

/** A person's membership of a project, with a role and a rank. */
@Entity
@BelongsTo(Person.class)
@BelongsTo(Project.class)
public record Membership(@Id Long id, Long personId, Long projectId, String role, Short rank) {}
