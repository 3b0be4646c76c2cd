package dev.relata.bench.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The child of the benchmarks: {@code PostDao.getUser(posts)}, {@code insertAll(posts)}. */
@Entity
@BelongsTo(User.class)
public record Post(@Id Long id, Long userId, String title, String body) {}
