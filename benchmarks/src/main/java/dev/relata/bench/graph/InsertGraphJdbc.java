package dev.relata.bench.graph;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code UserPageLoader.insert} by hand with JDBC: the same five statements (users, posts, tags,
 * the join rows, comments; each an {@code insert ... select from unnest(?, ...)} with one array
 * parameter per column, returning the stored rows), in one transaction, assembled into the same
 * records. None of the loader's checks.
 */
final class InsertGraphJdbc {

  private static final String USERS =
      "insert into graph_users (name, email) select n, e from unnest(?::text[], ?::text[]) with ordinality"
          + " as u(n, e, ord) order by ord returning id, name, email";
  private static final String POSTS =
      "insert into graph_posts (user_id, title, body) select u, t, b from unnest(?::int8[], ?::text[], ?::text[])"
          + " with ordinality as u(u, t, b, ord) order by ord returning id, user_id, title, body";
  private static final String TAGS =
      "insert into graph_tags (name) select n from unnest(?::text[]) with ordinality as u(n, ord) order by ord"
          + " returning id, name";
  private static final String LINKS =
      "insert into graph_post_tags (post_id, tag_id) select p, t from unnest(?::int8[], ?::int8[])"
          + " with ordinality as j(p, t, ord) order by ord";
  private static final String COMMENTS =
      "insert into graph_comments (post_id, body) select p, b from unnest(?::int8[], ?::text[])"
          + " with ordinality as u(p, b, ord) order by ord returning id, post_id, body";

  private final Connection connection;

  InsertGraphJdbc(Connection connection) {
    this.connection = connection;
  }

  List<UserPage> insert(List<UserPage> pages) throws SQLException {
    connection.setAutoCommit(false);
    try {
      List<UserPage> stored = insertAll(pages);
      connection.commit();
      return stored;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private List<UserPage> insertAll(List<UserPage> pages) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (UserPage page : pages) {
      names.add(page.user().name());
      emails.add(page.user().email());
    }
    List<User> users = new ArrayList<>(pages.size());
    try (PreparedStatement statement = connection.prepareStatement(USERS)) {
      statement.setArray(1, array("text", names));
      statement.setArray(2, array("text", emails));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          users.add(new User(rows.getLong(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    List<PostView> views = new ArrayList<>();
    List<Object> userIds = new ArrayList<>();
    List<Object> titles = new ArrayList<>();
    List<Object> bodies = new ArrayList<>();
    for (int u = 0; u < pages.size(); u++) {
      for (PostView view : pages.get(u).posts()) {
        views.add(view);
        userIds.add(users.get(u).id());
        titles.add(view.post().title());
        bodies.add(view.post().body());
      }
    }
    List<Post> posts = new ArrayList<>(views.size());
    try (PreparedStatement statement = connection.prepareStatement(POSTS)) {
      statement.setArray(1, array("int8", userIds));
      statement.setArray(2, array("text", titles));
      statement.setArray(3, array("text", bodies));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          posts.add(new Post(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3), rows.getString(4)));
        }
      }
    }
    List<Object> tagNames = new ArrayList<>();
    List<Object> commentPostIds = new ArrayList<>();
    List<Object> commentBodies = new ArrayList<>();
    for (int p = 0; p < views.size(); p++) {
      views.get(p).tags().forEach(tag -> tagNames.add(tag.name()));
      for (Comment comment : views.get(p).comments()) {
        commentPostIds.add(posts.get(p).id());
        commentBodies.add(comment.body());
      }
    }
    List<Tag> tags = new ArrayList<>(tagNames.size());
    try (PreparedStatement statement = connection.prepareStatement(TAGS)) {
      statement.setArray(1, array("text", tagNames));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tags.add(new Tag(rows.getLong(1), rows.getString(2)));
        }
      }
    }
    List<Object> linkPosts = new ArrayList<>(tags.size());
    List<Object> linkTags = new ArrayList<>(tags.size());
    int tag = 0;
    for (int p = 0; p < views.size(); p++) {
      for (int t = 0; t < views.get(p).tags().size(); t++) {
        linkPosts.add(posts.get(p).id());
        linkTags.add(tags.get(tag++).id());
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(LINKS)) {
      statement.setArray(1, array("int8", linkPosts));
      statement.setArray(2, array("int8", linkTags));
      statement.executeUpdate();
    }
    List<Comment> comments = new ArrayList<>(commentBodies.size());
    try (PreparedStatement statement = connection.prepareStatement(COMMENTS)) {
      statement.setArray(1, array("int8", commentPostIds));
      statement.setArray(2, array("text", commentBodies));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          comments.add(new Comment(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3)));
        }
      }
    }
    List<UserPage> stored = new ArrayList<>(pages.size());
    int post = 0;
    tag = 0;
    int comment = 0;
    for (int u = 0; u < pages.size(); u++) {
      List<PostView> own = new ArrayList<>();
      for (PostView view : pages.get(u).posts()) {
        int tagCount = view.tags().size();
        int commentCount = view.comments().size();
        own.add(new PostView(posts.get(post++), List.copyOf(tags.subList(tag, tag + tagCount)),
            List.copyOf(comments.subList(comment, comment + commentCount))));
        tag += tagCount;
        comment += commentCount;
      }
      stored.add(new UserPage(users.get(u), List.copyOf(own)));
    }
    return stored;
  }

  private Array array(String type, List<?> values) throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }
}
