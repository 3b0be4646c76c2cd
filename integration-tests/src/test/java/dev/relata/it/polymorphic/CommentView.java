package dev.relata.it.polymorphic;

import dev.relata.Graph;
import java.util.Optional;

/** A comment with what it is about, a post or a video. */
@Graph(Comment.class)
public record CommentView(Comment comment, Optional<Commentable> commentable) {}
