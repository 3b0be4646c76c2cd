package dev.relata.bench.graph;

import dev.relata.bench.dao.SeedRows;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The rows of the graph benchmark: {@value #USERS} users with {@value #POSTS_PER_USER} posts
 * each, every post with {@value #COMMENTS_PER_POST} comments and {@value #TAGS_PER_POST} of
 * {@value #TAGS} tags. Written once; a fork that finds it in place leaves it alone.
 */
public final class GraphSeed {

  static final int USERS = 1_000;
  static final int POSTS_PER_USER = 5;
  static final int COMMENTS_PER_POST = 10;
  static final int TAGS = 20;
  static final int TAGS_PER_POST = 3;

  private GraphSeed() {}

  /** Writes the rows unless they are there already. */
  public static void ensure(DSLContext dsl) {
    if (inPlace(dsl)) {
      return;
    }
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    List<User> users = new UserDao(dsl).insertAll(SeedRows.users(USERS, (name, email) -> new User(null, name, email)));
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < TAGS; i++) {
      tags.add(new Tag(null, "tag " + (char) ('a' + (i * 7) % TAGS)));
    }
    tags = new TagDao(dsl).insertAll(tags);
    List<Post> posts = new ArrayList<>();
    for (int n = 0; n < POSTS_PER_USER; n++) {
      for (User user : users) {
        posts.add(new Post(null, user.id(), SeedRows.postTitle(user.id(), n), SeedRows.POST_BODY));
      }
    }
    posts = new PostDao(dsl).insertAll(posts);
    List<Comment> comments = new ArrayList<>();
    List<PostTag> links = new ArrayList<>();
    for (int n = 0; n < COMMENTS_PER_POST; n++) {
      for (Post post : posts) {
        comments.add(new Comment(null, post.id(), "Comment " + n + ": quite right, and well put."));
      }
    }
    for (Post post : posts) {
      for (int t = 0; t < TAGS_PER_POST; t++) {
        links.add(new PostTag(null, post.id(), tags.get((int) ((post.id() * 7 + t * 3) % TAGS)).id()));
      }
    }
    new CommentDao(dsl).insertAll(comments);
    new PostTagDao(dsl).insertAll(links);
    dsl.execute("analyze");
  }

  private static boolean inPlace(DSLContext dsl) {
    return SeedRows.tablesExist(dsl, "graph_users", "graph_comments", "graph_post_tags")
        && new UserDao(dsl).count() == USERS
        && new CommentDao(dsl).count() == (long) USERS * POSTS_PER_USER * COMMENTS_PER_POST
        && new PostTagDao(dsl).count() == (long) USERS * POSTS_PER_USER * TAGS_PER_POST;
  }
}
