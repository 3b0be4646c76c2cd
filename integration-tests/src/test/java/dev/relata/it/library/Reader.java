package dev.relata.it.library;

import dev.relata.Entity;
import dev.relata.Id;

/** A library reader, who may borrow a volume more than once. */
@Entity
public record Reader(@Id Long id, String name) {}
