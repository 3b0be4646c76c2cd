package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A user's one profile: {@code userDao.getProfile(user)}. */
@Entity
@BelongsTo(User.class)
public record Profile(@Id Long id, String bio, Long userId) {}
