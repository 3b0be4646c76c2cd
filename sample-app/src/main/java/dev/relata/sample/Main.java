package dev.relata.sample;

import dev.relata.embedded.Database;
import dev.relata.Linked;
import dev.relata.sample.blog.Comment;
import dev.relata.sample.blog.CommentDao;
import dev.relata.sample.blog.Commentable;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.PostDao;
import dev.relata.sample.blog.PostTag;
import dev.relata.sample.blog.PostView;
import dev.relata.sample.blog.PostViewLoader;
import dev.relata.sample.blog.RelataSchema;
import dev.relata.sample.blog.Status;
import dev.relata.sample.blog.Tag;
import dev.relata.sample.blog.TagDao;
import dev.relata.sample.blog.User;
import dev.relata.sample.blog.UserDao;
import dev.relata.sample.blog.Video;
import dev.relata.sample.blog.VideoDao;
import dev.relata.sample.serve.ServeCommand;
import dev.relata.serving.Serve;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The seed program: creates the tables (in {@link #SCHEMA}), stores Alice and two posts, and prints what she wrote
 * through the generated {@code userDao.getPosts(alice)}; then a line or two for each further
 * chapter: comments on posts and videos, the approved ones through a scope, what each comment is
 * about, a post's tags with their links, and a post stored with its tags and comments in one call. With the argument {@code serve}, serves the blog over HTTP instead (see {@link
 * ServeCommand}).
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

    List<Post> posts = userDao.getPosts(alice);
    for (Post post : posts) {
      out.println(alice.name() + " wrote: " + post.title());
    }
    comments(dsl, posts.get(0), out);
    tags(dsl, posts.get(0), out);
    postInOneCall(dsl, alice, out);
  }

  /**
   * A scope and a polymorphic parent: comments on a post and on a video, the post's approved ones
   * ({@code @Where} on {@code approvedComments}), and each comment's post or video, read in one
   * statement per kind.
   */
  private static void comments(DSLContext dsl, Post hello, PrintStream out) {
    PostDao postDao = new PostDao(dsl);
    VideoDao videoDao = new VideoDao(dsl);
    CommentDao commentDao = new CommentDao(dsl);
    postDao.createComment(hello, new Comment(null, "Nice post", Status.APPROVED, null, null));
    postDao.createComment(hello, new Comment(null, "Buy cheap pens", Status.PENDING, null, null));
    Video intro = videoDao.insert(new Video(null, "Intro"));
    videoDao.createComment(intro, new Comment(null, "Great talk", Status.APPROVED, null, null));

    out.println(hello.title() + " has " + postDao.countComments(hello) + " comments, approved: "
        + postDao.getApprovedComments(hello).stream().map(Comment::body).toList());
    commentDao.getCommentable(commentDao.findAll()).forEach((comment, about) ->
        out.println("\"" + comment.body() + "\" is on " + describe(about)));
  }

  /** Links with an attribute: a featured tag, added with its link, and a plain one. */
  private static void tags(DSLContext dsl, Post hello, PrintStream out) {
    PostDao postDao = new PostDao(dsl);
    TagDao tagDao = new TagDao(dsl);
    Tag java = tagDao.insert(new Tag(null, "java"));
    Tag sql = tagDao.insert(new Tag(null, "sql"));
    postDao.addTag(hello, java, new PostTag(null, null, null, true));
    postDao.addTag(hello, sql);

    out.println(hello.title() + " is tagged " + describe(postDao.getTagLinks(hello)));
  }

  /** A post, its tags (each with its link) and its comments, stored by one {@code insert}. */
  private static void postInOneCall(DSLContext dsl, User alice, PrintStream out) {
    PostView stored = new PostViewLoader(dsl).insert(new PostView(
        new Post(null, "Release", "Version 1", alice.id()),
        List.of(new Linked<>(new Tag(null, "news"), new PostTag(null, null, null, true))),
        List.of(new Comment(null, "Congrats", Status.APPROVED, null, null))));

    out.println(stored.post().title() + " was stored in one call, tagged " + describe(stored.tags())
        + ", with comments " + stored.comments().stream().map(Comment::body).toList());
  }

  /** {@code java (featured), sql} */
  private static String describe(List<Linked<Tag, PostTag>> tags) {
    return tags.stream()
        .map(tag -> tag.target().name() + (Boolean.TRUE.equals(tag.link().featured()) ? " (featured)" : ""))
        .collect(Collectors.joining(", "));
  }

  /** {@code post Hello}, {@code video Intro}: the parent matched by its record. */
  private static String describe(Commentable parent) {
    return parent instanceof Post post ? "post " + post.title()
        : parent instanceof Video video ? "video " + video.title() : parent.toString();
  }
}
