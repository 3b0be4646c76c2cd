package dev.relata.boot.sample.blog;

import dev.relata.Graph;
import dev.relata.OrderBy;
import java.util.List;
import java.util.Optional;

/** A post with its author and comments, loaded by {@code PostPageLoader} in one statement per level. */
@Graph(Post.class)
public record PostPage(Post post, Optional<User> user, @OrderBy("id") List<Comment> comments) {}
