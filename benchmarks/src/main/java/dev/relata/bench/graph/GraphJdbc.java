package dev.relata.bench.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page by hand with JDBC: the same four statements the loader sends (the users; their posts;
 * the posts' tags through the join table; each post's three newest comments, in a lateral subquery
 * per post id), each with one array parameter, assembled into the same records. None of the
 * loader's checks.
 */
final class GraphJdbc {

  private static final String USERS = "select id, name, email from graph_users order by id limit ?";
  private static final String POSTS =
      "select id, user_id, title, body from graph_posts where user_id = any(?) order by id";
  private static final String TAGS =
      "select t.id, t.name, pt.post_id from graph_tags t join graph_post_tags pt on pt.tag_id = t.id"
          + " where pt.post_id = any(?) order by t.name, t.id";
  private static final String COMMENTS =
      "select found.id, found.post_id, found.body from unnest(?) as parent(id) cross join lateral"
          + " (select id, post_id, body from graph_comments where post_id = parent.id order by id desc limit ?) as found";

  private final Connection connection;

  GraphJdbc(Connection connection) {
    this.connection = connection;
  }

  /** The first {@code limit} users by id, each with its posts, their tags and three newest comments. */
  List<UserPage> page(int limit) throws SQLException {
    List<User> users = new ArrayList<>(limit);
    try (PreparedStatement statement = connection.prepareStatement(USERS)) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          users.add(new User(rows.getLong(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    Map<Long, List<Post>> postsByUser = new HashMap<>();
    List<Post> posts = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(POSTS)) {
      statement.setArray(1, ids(users.stream().map(User::id).toList()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Post post = new Post(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3), rows.getString(4));
          posts.add(post);
          postsByUser.computeIfAbsent(post.userId(), id -> new ArrayList<>()).add(post);
        }
      }
    }
    List<Long> postIds = posts.stream().map(Post::id).toList();
    Map<Long, List<Tag>> tagsByPost = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(TAGS)) {
      statement.setArray(1, ids(postIds));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tagsByPost.computeIfAbsent(rows.getLong(3), id -> new ArrayList<>()).add(new Tag(rows.getLong(1), rows.getString(2)));
        }
      }
    }
    Map<Long, List<Comment>> commentsByPost = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(COMMENTS)) {
      statement.setArray(1, ids(postIds));
      statement.setLong(2, 3);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Comment comment = new Comment(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3));
          commentsByPost.computeIfAbsent(comment.postId(), id -> new ArrayList<>()).add(comment);
        }
      }
    }
    List<UserPage> pages = new ArrayList<>(users.size());
    for (User user : users) {
      List<PostView> views = new ArrayList<>();
      for (Post post : postsByUser.getOrDefault(user.id(), List.of())) {
        views.add(
            new PostView(
                post, tagsByPost.getOrDefault(post.id(), List.of()), commentsByPost.getOrDefault(post.id(), List.of())));
      }
      pages.add(new UserPage(user, views));
    }
    return pages;
  }

  private java.sql.Array ids(List<Long> ids) throws SQLException {
    return connection.createArrayOf("int8", ids.toArray(new Long[0]));
  }
}
