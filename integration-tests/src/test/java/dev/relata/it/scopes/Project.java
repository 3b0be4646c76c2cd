package dev.relata.it.scopes;

import dev.relata.Entity;
import dev.relata.Id;

/** A project, open or closed. */
@Entity(table = "team_projects")
public record Project(@Id Long id, String name, Boolean open) {}
