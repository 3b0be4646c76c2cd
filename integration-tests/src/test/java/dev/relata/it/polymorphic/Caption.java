package dev.relata.it.polymorphic;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** The caption of a post or of a video, at most one each: a polymorphic key behind a {@code @HasOne}. */
@Entity(table = "captions_of_both")
@BelongsTo(value = Commentable.class, foreignKey = "subjectId", typeKey = "subjectType")
public record Caption(@Id Long id, String text, Long subjectId, String subjectType) {}
