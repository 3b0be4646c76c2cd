package dev.relata.it.text;

import dev.relata.Entity;
import dev.relata.Id;

/** The {@code @BelongsToMany} target of Drawer. */
@Entity
public record Label(@Id String id) {}
