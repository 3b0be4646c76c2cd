package dev.relata.it.text;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** A parent of every kind of association, with a text id. */
@Entity
@HasMany(Sock.class)
@HasOne(Lid.class)
@BelongsToMany(value = Label.class, through = DrawerLabel.class)
public record Drawer(@Id String id, String note) {}
