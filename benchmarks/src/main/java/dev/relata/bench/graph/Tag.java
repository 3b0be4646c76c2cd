package dev.relata.bench.graph;

import dev.relata.Entity;
import dev.relata.Id;

/** A tag on posts. */
@Entity(table = "graph_tags")
public record Tag(@Id Long id, String name) {}
