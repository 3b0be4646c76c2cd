package dev.relata.realworld.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.OnDelete;

/** One tag on one article; deleting either deletes the link. */
@Entity
@BelongsTo(value = Article.class, onDelete = OnDelete.CASCADE)
@BelongsTo(value = Tag.class, onDelete = OnDelete.CASCADE)
public record ArticleTag(@Id Long id, long articleId, long tagId) {}
