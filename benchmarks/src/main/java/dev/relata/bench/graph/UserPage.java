package dev.relata.bench.graph;

import dev.relata.Graph;
import java.util.List;

/** The page: a user and its posts. */
@Graph(User.class)
public record UserPage(User user, List<PostView> posts) {}
