package dev.relata.sample.scopes;

import dev.relata.*;

/** A project people are members of. */
@Entity
public record Project(@Id Long id, String name, Boolean open) {}
