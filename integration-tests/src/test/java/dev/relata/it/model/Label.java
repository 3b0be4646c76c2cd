package dev.relata.it.model;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** The other side of Entry's labels: {@code getEntries(label, find)} on LabelDao. */
@Entity
@BelongsToMany(value = Entry.class, through = Labeling.class)
public record Label(@Id Long id, String name) {}
