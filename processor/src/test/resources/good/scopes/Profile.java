package dev.relata.sample.scopes;

import dev.relata.*;

/** A person's profile, shown only while visible. */
@Entity
@BelongsTo(Person.class)
public record Profile(@Id Long id, Long personId, Boolean visible, String bio) {}
