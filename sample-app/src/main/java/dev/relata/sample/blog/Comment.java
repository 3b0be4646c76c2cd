package dev.relata.sample.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/**
 * A comment on a post or a video: {@code commentDao.getCommentable(comment)}. There is no foreign
 * key the database could act on, so delete or unlink a parent's comments before deleting it.
 */
@Entity
@BelongsTo(value = Commentable.class, foreignKey = "commentableId", typeKey = "commentableType")
public record Comment(@Id Long id, String body, Status status, Long commentableId, String commentableType) {}
