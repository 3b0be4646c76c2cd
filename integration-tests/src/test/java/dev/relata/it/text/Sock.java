package dev.relata.it.text;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The {@code @HasMany} child of Drawer, by a text foreign key. */
@Entity
@BelongsTo(Drawer.class)
public record Sock(@Id String id, String drawerId, String color) {}
