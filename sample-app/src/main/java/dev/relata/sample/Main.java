package dev.relata.sample;

import dev.relata.embedded.Database;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.RelataSchema;
import dev.relata.sample.blog.User;
import dev.relata.sample.blog.UserDao;
import dev.relata.sample.serve.ServeCommand;
import dev.relata.serving.Serve;
import java.io.PrintStream;
import org.jooq.DSLContext;

/**
 * The seed program: creates the tables (in {@link #SCHEMA}), stores Alice and two posts, and prints what she wrote
 * through the generated {@code userDao.getPosts(alice)}. With the argument {@code serve}, serves
 * the blog over HTTP instead (see {@link ServeCommand}).
 */
public final class Main {

  /**
   * The schema the sample app works in, created if missing: its tables never meet a user's own
   * ({@code public.users}, say) on a server {@code RELATA_JDBC_URL} names.
   */
  public static final String SCHEMA = "relata_sample";

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    if (args.length > 0 && args[0].equals("serve")) {
      ServeCommand.run(System.getenv(), Serve.console());
      return;
    }
    try (Database database = Database.open(SCHEMA)) {
      run(database.dsl(), System.out);
    }
  }

  /** The program on {@code dsl}, printing to {@code out}. */
  static void run(DSLContext dsl, PrintStream out) {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);

    UserDao userDao = new UserDao(dsl);
    User alice = userDao.insert(new User(null, "Alice"));
    userDao.createPost(alice, new Post(null, "Hello", "First post", null));
    userDao.createPost(alice, new Post(null, "World", "Second post", null));

    for (Post post : userDao.getPosts(alice)) {
      out.println(alice.name() + " wrote: " + post.title());
    }
  }
}
