package dev.relata.realworld.model;

import dev.relata.BelongsToMany;
import dev.relata.Column;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;

/**
 * A Conduit user. Follows go both ways through {@link Follow}: {@code followees} are the users
 * this one follows, {@code followers} those who follow it. {@code favorites} are the articles it
 * favorited, through {@link Favorite}. {@code passwordHash} is a BCrypt hash, never the password.
 * An email or username is one account however it is typed ({@code ignoreCase}), and is kept as
 * the user typed it.
 */
@Entity
@HasMany(value = Article.class, foreignKey = "authorId")
@HasMany(value = Comment.class, foreignKey = "authorId")
@BelongsToMany(value = User.class, through = Follow.class, foreignKey = "followerId",
    otherKey = "followeeId", as = "followees")
@BelongsToMany(value = User.class, through = Follow.class, foreignKey = "followeeId",
    otherKey = "followerId", as = "followers")
@BelongsToMany(value = Article.class, through = Favorite.class, as = "favorites")
public record User(
    @Id Long id,
    @Column(unique = true, ignoreCase = true, nullable = false) String email,
    @Column(unique = true, ignoreCase = true, nullable = false) String username,
    @Column(nullable = false) String passwordHash,
    String bio,
    String image) {}
