package dev.relata.sample.blog;

import dev.relata.Graph;
import dev.relata.Limit;
import dev.relata.OrderBy;
import java.util.List;
import java.util.Optional;

/** A post with its user, its tags by name and its three newest comments. */
@Graph(Post.class)
public record PostSummary(
    Post post,
    Optional<User> user,
    @OrderBy("name") List<Tag> tags,
    @OrderBy("id desc") @Limit(3) List<Comment> comments) {}
