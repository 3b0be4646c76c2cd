package dev.relata.it.text;

import dev.relata.Entity;
import dev.relata.Id;

/** The {@code @BelongsToMany} target of Drawer (table {@code text_labels}: the model has a {@code labels} too). */
@Entity(table = "text_labels")
public record Label(@Id String id) {}
