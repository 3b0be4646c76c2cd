package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.Id;

/** The join entity of Entry and Label, with a column of its own: how much the label fits. */
@Entity
public record Labeling(@Id Long id, Long entryId, Long labelId, int weight) {}
