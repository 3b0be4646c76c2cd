package dev.relata.sample.blog;

/**
 * What a comment may be about: a post or a video. {@link Comment} holds the parent's id and its
 * record's name ({@code "Post"}, {@code "Video"}); {@code commentDao.getCommentable(comment)}
 * reads it back as one of these.
 */
public sealed interface Commentable permits Post, Video {}
