package dev.relata.it.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;

/** A parent with default names: {@code getPosts}, {@code addPost}, {@code getProfile}... */
@Entity
@HasMany(Post.class)
@HasOne(Profile.class)
public record User(@Id Long id, String name) {}
