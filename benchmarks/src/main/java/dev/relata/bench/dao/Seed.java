package dev.relata.bench.dao;

import dev.relata.bench.model.Article;
import dev.relata.bench.model.ArticleDao;
import dev.relata.bench.model.Author;
import dev.relata.bench.model.AuthorDao;
import dev.relata.bench.model.Post;
import dev.relata.bench.model.PostDao;
import dev.relata.bench.model.RelataSchema;
import dev.relata.bench.model.User;
import dev.relata.bench.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * The data every benchmark reads: {@value #USERS} users with {@value #POSTS_PER_USER} posts
 * each, and {@value #AUTHORS} authors with {@value #ARTICLES_PER_AUTHOR} articles each. Written once; a fork that finds it in place (and nothing else) leaves it alone.
 */
public final class Seed {

  /** The number of users. */
  public static final int USERS = 1_000;

  /** The number of posts of every user. */
  public static final int POSTS_PER_USER = 10;

  /** The number of authors. */
  public static final int AUTHORS = 1_000;

  /** The number of articles of every author. */
  public static final int ARTICLES_PER_AUTHOR = 50;

  private Seed() {}

  /** Writes the data unless it is already there, exactly. */
  public static void ensure(DSLContext dsl) {
    if (inPlace(dsl)) {
      return;
    }
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
    List<User> stored = new UserDao(dsl).insertAll(SeedRows.users(USERS, (name, email) -> new User(null, name, email)));
    List<Post> posts = new ArrayList<>();
    for (int n = 0; n < POSTS_PER_USER; n++) {
      for (User user : stored) {
        posts.add(newPost(user.id(), n));
      }
    }
    new PostDao(dsl).insertAll(posts);
    seedAuthors(dsl);
    dsl.execute("analyze");
  }

  /**
   * {@value #AUTHORS} authors with {@value #ARTICLES_PER_AUTHOR} articles each, interleaved, with
   * random likes (0 to 9,999, a fixed seed).
   */
  private static void seedAuthors(DSLContext dsl) {
    List<Author> authors = new ArrayList<>();
    for (int i = 0; i < AUTHORS; i++) {
      authors.add(new Author(null, "author " + i));
    }
    List<Author> stored = new AuthorDao(dsl).insertAll(authors);
    Random random = new Random(42);
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < ARTICLES_PER_AUTHOR; n++) {
      for (Author author : stored) {
        articles.add(
            new Article(
                null, author.id(), "Article " + n + " of author " + author.id(), random.nextInt(10_000),
                SeedRows.POST_BODY));
      }
    }
    new ArticleDao(dsl).insertAll(articles);
  }

  /** An unsaved post of the size the benchmarks use: a title and a paragraph. */
  public static Post newPost(Long userId, int n) {
    return new Post(null, userId, SeedRows.postTitle(userId, n), SeedRows.POST_BODY);
  }

  private static boolean inPlace(DSLContext dsl) {
    return SeedRows.tablesExist(dsl, "users", "posts", "authors", "articles")
        && new UserDao(dsl).count() == USERS
        && new PostDao(dsl).count() == (long) USERS * POSTS_PER_USER
        && new AuthorDao(dsl).count() == AUTHORS
        && new ArticleDao(dsl).count() == (long) AUTHORS * ARTICLES_PER_AUTHOR;
  }
}
