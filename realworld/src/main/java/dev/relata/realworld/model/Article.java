package dev.relata.realworld.model;

import dev.relata.BelongsTo;
import dev.relata.BelongsToMany;
import dev.relata.Column;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.UpdatedAt;
import java.time.Instant;

/**
 * An article, written by its {@code author}, found by its {@code slug} (made from the title).
 * {@code fans} are the users who favorited it. Deleting it deletes its comments, tags and
 * favorites with it (their foreign keys cascade). The database sets both timestamps.
 */
@Entity
@BelongsTo(value = User.class, foreignKey = "authorId")
@HasMany(Comment.class)
@BelongsToMany(value = Tag.class, through = ArticleTag.class)
@BelongsToMany(value = User.class, through = Favorite.class, as = "fans")
public record Article(
    @Id Long id,
    @Column(unique = true, nullable = false) String slug,
    @Column(nullable = false) String title,
    @Column(nullable = false) String description,
    @Column(nullable = false) String body,
    long authorId,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt) {}
