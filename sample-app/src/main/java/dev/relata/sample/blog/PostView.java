package dev.relata.sample.blog;

import dev.relata.Graph;
import dev.relata.Linked;
import java.util.List;

/**
 * A post with its tags, each with its link, and its comments: {@code postViewLoader.insert(view)}
 * stores all of it in one call (one statement per level), and {@code postViewLoader} reads it back.
 */
@Graph(Post.class)
public record PostView(Post post, List<Linked<Tag, PostTag>> tags, List<Comment> comments) {}
