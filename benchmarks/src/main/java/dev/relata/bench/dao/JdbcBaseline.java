package dev.relata.bench.dao;

import dev.relata.bench.model.Article;
import dev.relata.bench.model.Author;
import dev.relata.bench.model.Post;
import dev.relata.bench.model.User;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The honest floor: what a careful developer writes by hand with {@link PreparedStatement} for
 * each generated method measured, returning the same records and maps, with none of the checks.
 */
public final class JdbcBaseline {

  private static final String POST_COLUMNS = "select id, user_id, title, body from posts";
  private static final String USER_COLUMNS = "select id, name, email from users";
  private static final String MOST_LIKED_ARTICLES =
      "select found.id, found.author_id, found.title, found.likes, found.body from unnest(?) as parent(id)"
          + " cross join lateral (select id, author_id, title, likes, body from articles"
          + " where author_id = parent.id order by likes desc, id limit ?) as found";
  private static final String INSERT_POST = "insert into posts (user_id, title, body) values (?, ?, ?)";

  private final Connection connection;

  JdbcBaseline(Connection connection) {
    this.connection = connection;
  }

  /** {@code userDao.getPosts(user)}. */
  public List<Post> postsOf(User user) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(POST_COLUMNS + " where user_id = ? order by id")) {
      statement.setLong(1, user.id());
      return readPosts(statement);
    }
  }

  /** {@code userDao.getPosts(users)}: {@code = any(?)} with one array parameter. */
  public Map<User, List<Post>> postsOf(Collection<User> users) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    for (User user : users) {
      ids.add(user.id());
    }
    Map<Long, List<Post>> byUser = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(POST_COLUMNS + " where user_id = any(?) order by id")) {
      statement.setArray(1, longArray(ids));
      for (Post post : readPosts(statement)) {
        byUser.computeIfAbsent(post.userId(), id -> new ArrayList<>()).add(post);
      }
    }
    Map<User, List<Post>> result = new LinkedHashMap<>();
    for (User user : users) {
      result.put(user, byUser.getOrDefault(user.id(), List.of()));
    }
    return result;
  }

  /**
   * {@code authorDao.getArticles(authors, Find.all().orderBy(ARTICLE_TABLE.LIKES.desc()).limit(n))}:
   * the same lateral join, {@code unnest(?)} of one array parameter.
   */
  public Map<Author, List<Article>> mostLikedArticlesOf(Collection<Author> authors, int n) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    for (Author author : authors) {
      ids.add(author.id());
    }
    Map<Long, List<Article>> byAuthor = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(MOST_LIKED_ARTICLES)) {
      statement.setArray(1, longArray(ids));
      statement.setInt(2, n);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Article article =
              new Article(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3), rows.getInt(4), rows.getString(5));
          byAuthor.computeIfAbsent(article.authorId(), id -> new ArrayList<>()).add(article);
        }
      }
    }
    Map<Author, List<Article>> result = new LinkedHashMap<>();
    for (Author author : authors) {
      result.put(author, byAuthor.getOrDefault(author.id(), List.of()));
    }
    return result;
  }

  /** {@code authorDao.countArticles(authors)}: one {@code group by}, every author a key. */
  public Map<Author, Long> articleCountsOf(Collection<Author> authors) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    for (Author author : authors) {
      ids.add(author.id());
    }
    Map<Long, Long> byAuthor = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement("select author_id, count(*) from articles where author_id = any(?) group by author_id")) {
      statement.setArray(1, longArray(ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          byAuthor.put(rows.getLong(1), rows.getLong(2));
        }
      }
    }
    Map<Author, Long> result = new LinkedHashMap<>();
    for (Author author : authors) {
      result.put(author, byAuthor.getOrDefault(author.id(), 0L));
    }
    return result;
  }

  /** {@code userDao.findById(id)}. */
  public Optional<User> findUser(long id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(USER_COLUMNS + " where id = ?")) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(readUser(rows)) : Optional.empty();
      }
    }
  }

  /** {@code postDao.getUser(posts)}: the distinct user ids, one {@code = any(?)} query. */
  public Map<Post, User> usersOf(Collection<Post> posts) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    for (Post post : posts) {
      if (post.userId() != null) {
        ids.add(post.userId());
      }
    }
    Map<Long, User> byId = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(USER_COLUMNS + " where id = any(?)")) {
      statement.setArray(1, longArray(ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          User user = readUser(rows);
          byId.put(user.id(), user);
        }
      }
    }
    Map<Post, User> result = new LinkedHashMap<>();
    for (Post post : posts) {
      User user = byId.get(post.userId());
      if (user != null) {
        result.put(post, user);
      }
    }
    return result;
  }

  /**
   * {@code postDao.insertAll(posts)} as a JDBC batch, which {@code reWriteBatchedInserts} turns
   * into multi-row inserts. It returns nothing: reading back generated ids would cost the batch
   * its rewriting, so this floor does less than {@code insertAll}, which returns the stored rows.
   */
  public int insertPosts(Collection<Post> posts) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT_POST)) {
      addPosts(statement, posts);
      return statement.executeBatch().length;
    }
  }

  /**
   * {@code postDao.insertAll(posts)} as a JDBC batch that, like {@code insertAll}, returns the
   * stored rows: the same work, for comparison with the batch that returns nothing.
   */
  public List<Post> insertPostsReturning(Collection<Post> posts) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(INSERT_POST, new String[] {"id", "user_id", "title", "body"})) {
      addPosts(statement, posts);
      statement.executeBatch();
      List<Post> stored = new ArrayList<>(posts.size());
      try (ResultSet rows = statement.getGeneratedKeys()) {
        while (rows.next()) {
          stored.add(new Post(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3), rows.getString(4)));
        }
      }
      return stored;
    }
  }

  /** One batch entry per post: its user id, title and body. */
  private static void addPosts(PreparedStatement statement, Collection<Post> posts) throws SQLException {
    for (Post post : posts) {
      statement.setObject(1, post.userId());
      statement.setString(2, post.title());
      statement.setString(3, post.body());
      statement.addBatch();
    }
  }

  private Array longArray(Set<Long> ids) throws SQLException {
    return connection.createArrayOf("int8", ids.toArray(new Long[0]));
  }

  private static List<Post> readPosts(PreparedStatement statement) throws SQLException {
    List<Post> posts = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        posts.add(new Post(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3), rows.getString(4)));
      }
    }
    return posts;
  }

  private static User readUser(ResultSet rows) throws SQLException {
    return new User(rows.getLong(1), rows.getString(2), rows.getString(3));
  }
}
