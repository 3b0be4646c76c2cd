package dev.relata.sample.blog;

import dev.relata.BelongsToMany;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * A tag on posts, many-to-many through {@link PostTag}: {@code tagDao.getPosts(tag)}. Its name is
 * unique and NOT NULL, in a column of another name: {@code tagDao.findByName("java")}.
 */
@Entity
@BelongsToMany(value = Post.class, through = PostTag.class)
public record Tag(@Id Long id, @Column(name = "label", unique = true, nullable = false) String name) {}
