package dev.relata.realworld.model;

import dev.relata.BelongsTo;
import dev.relata.Column;
import dev.relata.CreatedAt;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;
import dev.relata.UpdatedAt;
import java.time.Instant;

/** A comment on an article, by its {@code author}; it goes when its article goes. */
@Entity
@BelongsTo(value = Article.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = User.class, foreignKey = "authorId")
public record Comment(
    @Id Long id, long articleId, long authorId, @Column(nullable = false) String body,
    @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt) {}
