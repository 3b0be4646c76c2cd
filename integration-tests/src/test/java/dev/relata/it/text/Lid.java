package dev.relata.it.text;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The {@code @HasOne} child of Drawer. */
@Entity
@BelongsTo(Drawer.class)
public record Lid(@Id String id, String drawerId) {}
