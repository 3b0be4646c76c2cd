package dev.relata.bench.links;

import dev.relata.Entity;
import dev.relata.Id;

/** A project. */
@Entity(table = "links_projects")
public record Project(@Id Long id, String name) {}
