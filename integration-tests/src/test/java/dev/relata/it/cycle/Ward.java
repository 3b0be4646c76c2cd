package dev.relata.it.cycle;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A ward, run by one of its nurses. */
@Entity
@HasMany(Nurse.class)
@BelongsTo(value = Nurse.class, foreignKey = "headNurseId")
public record Ward(@Id Long id, String name, Long headNurseId) {}
