package dev.relata.realworld.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** {@code follower} follows {@code followee}; deleting either user deletes the follow. */
@Entity
@BelongsTo(value = User.class, foreignKey = "followerId", onDelete = OnDelete.CASCADE)
@BelongsTo(value = User.class, foreignKey = "followeeId", onDelete = OnDelete.CASCADE)
public record Follow(@Id Long id, long followerId, long followeeId) {}
