package dev.relata.sample.polymorphic;

/** What a comment may be about: the parent of a polymorphic {@code @BelongsTo}. */
public sealed interface Commentable permits Post, Video {}
