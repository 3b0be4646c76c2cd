package dev.relata.it.graph;

import dev.relata.Graph;
import java.util.List;
import java.util.Optional;

/** DESIGN.md's graph, three levels: users, their posts (each a {@link PostView}), and theirs. */
@Graph(User.class)
public record UserPage(User user, List<PostView> posts, Optional<Profile> profile, long postsCount) {}
