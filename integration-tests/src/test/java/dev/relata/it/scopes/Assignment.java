package dev.relata.it.scopes;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A task of a person on a project; a pair may be there twice (no unique pairs). */
@Entity(table = "project_tasks")
@BelongsTo(Person.class)
@BelongsTo(Project.class)
public record Assignment(@Id Long id, Long personId, Long projectId, String task) {}
