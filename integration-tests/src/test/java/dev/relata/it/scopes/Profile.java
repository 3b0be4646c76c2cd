package dev.relata.it.scopes;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A person's profile. */
@Entity(table = "member_profiles")
@BelongsTo(Person.class)
public record Profile(@Id Long id, Long personId, Boolean visible, String bio) {}
