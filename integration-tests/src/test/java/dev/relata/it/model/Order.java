package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** An explicit table name that is an SQL keyword; class names still come from the record. */
@Entity(table = "order")
@HasMany(Item.class)
public record Order(@Id Long id, String customer) {}
