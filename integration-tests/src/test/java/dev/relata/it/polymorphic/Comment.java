package dev.relata.it.polymorphic;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A comment on a post or a video: the parent's id and its record's name. */
@Entity(table = "comments_on_both")
@BelongsTo(value = Commentable.class, foreignKey = "commentableId", typeKey = "commentableType")
public record Comment(@Id Long id, String body, Long commentableId, String commentableType) {}
