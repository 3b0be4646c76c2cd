package dev.relata.it.graph;

import dev.relata.Graph;
import dev.relata.Limit;
import dev.relata.OrderBy;
import java.util.List;
import java.util.Optional;

/** A post with its author, its tags by name and its three highest-ranked comments. */
@Graph(Post.class)
public record PostView(
    Post post,
    Optional<User> user,
    @OrderBy("name") List<Tag> tags,
    @OrderBy("rank desc") @Limit(3) List<Comment> comments) {}
