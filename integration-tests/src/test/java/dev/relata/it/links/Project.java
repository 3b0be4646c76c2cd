package dev.relata.it.links;

import dev.relata.Entity;
import dev.relata.Id;

/** A project users are members of. */
@Entity(table = "links_projects")
public record Project(@Id Long id, String name) {}
