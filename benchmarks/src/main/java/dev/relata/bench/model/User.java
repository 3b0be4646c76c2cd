package dev.relata.bench.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** The parent of the benchmarks: {@code UserDao.getPosts(user)} and its batch form. */
@Entity
@HasMany(Post.class)
public record User(@Id Long id, String name, String email) {}
