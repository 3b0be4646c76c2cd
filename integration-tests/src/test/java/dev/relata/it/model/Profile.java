package dev.relata.it.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The HasOne side of User; its {@code Integer} id makes ProfileDao's {@code ID} type Integer. */
@Entity
@BelongsTo(User.class)
public record Profile(@Id Integer id, Long userId, String bio) {}
