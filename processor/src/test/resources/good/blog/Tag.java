package dev.relata.sample.blog;

import dev.relata.BelongsToMany;
import dev.relata.Entity;
import dev.relata.Id;

/** A tag on posts, many-to-many through {@link PostTag}: {@code tagDao.getPosts(tag)}. */
@Entity
@BelongsToMany(value = Post.class, through = PostTag.class)
public record Tag(@Id Long id, String name) {}
