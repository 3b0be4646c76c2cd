package dev.relata.it.model;

import dev.relata.BelongsToMany;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * The other side of Post's many-to-many ({@code getPosts}/{@code addPost}... on TagDao). The
 * {@code @Column} renames the column only: the table field is still named after the component
 * ({@code TAG_TABLE.NAME}).
 */
@Entity
@BelongsToMany(value = Post.class, through = PostTag.class)
public record Tag(@Id Long id, @Column(name = "label") String name) {}
