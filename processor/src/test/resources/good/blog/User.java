package dev.relata.sample.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** A blog author: {@code userDao.getPosts(user)}, {@code userDao.getProfile(user)}. */
@Entity
@HasMany(Post.class)
@HasOne(Profile.class)
public record User(@Id Long id, String name) {}
