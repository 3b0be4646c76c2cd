package dev.relata.bench.dao;

import dev.relata.bench.model.Author;
import dev.relata.bench.model.AuthorDao;
import dev.relata.bench.model.Post;
import dev.relata.bench.model.PostDao;
import dev.relata.bench.model.User;
import dev.relata.bench.model.UserDao;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What both sides of a pair share in one fork: one connection (Relata's DAOs run on a {@link
 * DSLContext} over it, the JDBC baseline on the connection itself), the seeded rows, and the
 * DAOs and baseline built on it.
 */
@State(Scope.Benchmark)
public class Fixture {

  private BenchmarkConnection database;

  /** The generated DAOs, on the shared connection. */
  public UserDao userDao;

  /** The generated DAOs, on the shared connection. */
  public PostDao postDao;

  /** The generated DAOs, on the shared connection. */
  public AuthorDao authorDao;

  /** Every seeded author, by id. */
  public List<Author> authors;

  /** The hand-written JDBC, on the shared connection. */
  public JdbcBaseline jdbc;

  /** Every seeded user, by id. */
  public List<User> users;

  /** Every seeded post, by id. */
  public List<Post> posts;

  /** The user the single-row benchmarks read: one in the middle. */
  public User user;

  /** The highest seeded post id: rows above it were inserted by a benchmark. */
  public long lastSeededPostId;

  /** Connects (opening the database if the runner handed down none), seeds and loads. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    database = BenchmarkConnection.open(Seed::ensure);
    DSLContext dsl = database.dsl();
    userDao = new UserDao(dsl);
    postDao = new PostDao(dsl);
    authorDao = new AuthorDao(dsl);
    jdbc = new JdbcBaseline(database.connection());
    users = userDao.findAll();
    posts = postDao.findAll();
    authors = authorDao.findAll();
    user = users.get(users.size() / 2);
    lastSeededPostId = posts.get(posts.size() - 1).id();
  }

  /** The connection, for statements that are not part of a measurement. */
  public Connection connection() {
    return database.connection();
  }

  /** Closes the connection and the database, if this opened one. */
  @TearDown(Level.Trial)
  public void close() throws SQLException {
    database.close();
  }
}
