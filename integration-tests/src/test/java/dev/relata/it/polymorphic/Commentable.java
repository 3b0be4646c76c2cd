package dev.relata.it.polymorphic;

/** What a comment may be about: a post or a video. */
public sealed interface Commentable permits Post, Video {}
