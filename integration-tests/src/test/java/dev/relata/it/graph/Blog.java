package dev.relata.it.graph;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Rows for the graph tests: user {@code i} is named {@code "user i"}; users with an even {@code
 * i} have two posts, each tagged with two of the tags {@code sql}, {@code java}, {@code c} and
 * commented four times (ranks 1 to 4); every third user has a profile.
 */
final class Blog {

  static final List<String> TAG_NAMES = List.of("sql", "java", "c");

  private Blog() {}

  static List<User> seed(DSLContext dsl, int userCount) {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < userCount; i++) {
      users.add(new User(null, "user " + i));
    }
    users = new UserDao(dsl).insertAll(users);
    List<Tag> tags = new TagDao(dsl).insertAll(TAG_NAMES.stream().map(name -> new Tag(null, name)).toList());
    List<Post> posts = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < userCount; i++) {
      if (i % 2 == 0) {
        posts.add(new Post(null, users.get(i).id(), "first of " + i));
        posts.add(new Post(null, users.get(i).id(), "second of " + i));
      }
      if (i % 3 == 0) {
        profiles.add(new Profile(null, users.get(i).id(), "bio of " + i));
      }
    }
    posts = new PostDao(dsl).insertAll(posts);
    new ProfileDao(dsl).insertAll(profiles);
    List<Comment> comments = new ArrayList<>();
    List<PostTag> links = new ArrayList<>();
    for (int p = 0; p < posts.size(); p++) {
      long postId = posts.get(p).id();
      for (int rank = 1; rank <= 4; rank++) {
        comments.add(new Comment(null, postId, "comment " + rank, rank));
      }
      links.add(new PostTag(null, postId, tags.get(p % 3).id()));
      links.add(new PostTag(null, postId, tags.get((p + 1) % 3).id()));
    }
    new CommentDao(dsl).insertAll(comments);
    new PostTagDao(dsl).insertAll(links);
    return users;
  }
}
