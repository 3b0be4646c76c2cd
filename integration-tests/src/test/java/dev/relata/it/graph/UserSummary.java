package dev.relata.it.graph;

import dev.relata.Graph;
import java.util.List;

/** Two levels: users and their posts, with the count. */
@Graph(User.class)
public record UserSummary(User user, List<Post> posts, long postsCount) {}
