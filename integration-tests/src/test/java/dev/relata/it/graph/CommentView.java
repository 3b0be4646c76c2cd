package dev.relata.it.graph;

import dev.relata.Graph;

/** A comment with its post, a plain {@code Post}: the foreign key is NOT NULL. */
@Graph(Comment.class)
public record CommentView(Comment comment, Post post) {}
