package dev.relata.sample.blog;

import dev.relata.Graph;
import java.util.List;
import java.util.Optional;

/** A user with its posts, each a {@link PostView}, its profile and the number of its posts. */
@Graph(User.class)
public record UserPage(User user, List<PostView> posts, Optional<Profile> profile, long postsCount) {}
