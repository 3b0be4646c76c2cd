package dev.relata.bench.graph;

import dev.relata.Graph;
import dev.relata.Limit;
import dev.relata.OrderBy;
import java.util.List;

/** A post with its tags by name and its three newest comments. */
@Graph(Post.class)
public record PostView(Post post, @OrderBy("name") List<Tag> tags, @OrderBy("id desc") @Limit(3) List<Comment> comments) {}
