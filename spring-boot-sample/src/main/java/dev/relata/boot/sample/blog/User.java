package dev.relata.boot.sample.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/** A blog author: {@code userDao.getPosts(user)}. */
@Entity
@HasMany(Post.class)
public record User(@Id Long id, String name) {}
