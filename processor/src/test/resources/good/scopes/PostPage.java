package dev.relata.sample.scopes;

import dev.relata.*;
import java.util.List;

/** A post with its approved comments: a graph naming a scoped association. */
@Graph(Post.class)
public record PostPage(Post post, List<Comment> approvedComments, long approvedCommentsCount) {}
