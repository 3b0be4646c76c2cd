package dev.relata.sample.polymorphic;

import dev.relata.Graph;
import java.util.*;

/** A comment with what it is about. */
@Graph(Comment.class)
public record CommentView(Comment comment, Optional<Commentable> commentable) {}
