package dev.relata.it.scopes;

import dev.relata.Graph;
import java.util.List;

/** A post with its approved comments and their number. */
@Graph(Post.class)
public record PostPage(Post post, List<Comment> approvedComments, long approvedCommentsCount) {}
