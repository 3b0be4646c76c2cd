package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.relata.sample.blog.PostTable.POST_TABLE;
import static dev.relata.sample.blog.PostTagTable.POST_TAG_TABLE;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.sample.blog.Author;
import dev.relata.sample.blog.AuthorDao;
import dev.relata.sample.blog.Book;
import dev.relata.sample.blog.Category;
import dev.relata.sample.blog.CategoryDao;
import dev.relata.sample.blog.Comment;
import dev.relata.sample.blog.CommentDao;
import dev.relata.sample.blog.Item;
import dev.relata.sample.blog.ItemDao;
import dev.relata.sample.blog.Order;
import dev.relata.sample.blog.OrderDao;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.PostDao;
import dev.relata.sample.blog.PostTag;
import dev.relata.sample.blog.PostView;
import dev.relata.sample.blog.PostViewLoader;
import dev.relata.sample.blog.Product;
import dev.relata.sample.blog.Profile;
import dev.relata.sample.blog.RelataSchema;
import dev.relata.sample.blog.Status;
import dev.relata.sample.blog.Tag;
import dev.relata.sample.blog.TagDao;
import dev.relata.sample.blog.User;
import dev.relata.sample.blog.UserDao;
import dev.relata.sample.blog.Video;
import dev.relata.sample.blog.VideoDao;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blog model of the manual's examples: every pair of the sample, on real PostgreSQL. */
class BlogTest {

  private final DSLContext dsl = TestDatabase.get().dsl();

  @BeforeEach
  void freshSchema() {
    RelataSchema.drop(dsl);
    RelataSchema.create(dsl);
  }

  @Test
  void postsAndTags() {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    TagDao tags = new TagDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    Post hello = users.createPost(alice, new Post(null, "Hello", "First post", null));
    Post world = users.createPost(alice, new Post(null, "World", "Second post", null));
    Tag java = posts.createTag(hello, new Tag(null, "java"));
    Tag sql = tags.insert(new Tag(null, "sql"));
    posts.addTags(world, List.of(java, sql));

    assertEquals(List.of(java), posts.getTags(hello));
    assertEquals(Map.of(hello, List.of(java), world, List.of(java, sql)), posts.getTags(List.of(hello, world)));
    assertEquals(List.of(hello, world), tags.getPosts(java));
    posts.setTags(world, List.of(sql));
    assertEquals(List.of(hello), tags.getPosts(java));
    assertEquals(Optional.of(alice), posts.getUser(hello));
  }

  /** The examples of docs/queries.md, as written there. */
  @Test
  void queries() throws IOException {
    // The rows, written before the statements of the page are recorded.
    UserDao userWrites = new UserDao(dsl);
    PostDao postWrites = new PostDao(dsl);
    TagDao tagWrites = new TagDao(dsl);
    List<User> users = userWrites.insertAll(List.of(new User(null, "Alice"), new User(null, "Bob"), new User(null, "Carol")));
    User alice = users.get(0);
    for (int i = 1; i <= 5; i++) {
      userWrites.createPost(alice, new Post(null, "Post " + i, i % 2 == 0 ? null : "Text " + i, null));
    }
    Post bobs = userWrites.createPost(users.get(1), new Post(null, "Hello", "Bob's", null));
    Tag java = tagWrites.insert(new Tag(null, "java"));
    postWrites.addTag(bobs, java);
    postWrites.addTag(postWrites.findAll().get(0), java);
    List<Tag> tags = List.of(java);
    List<String> sent = new ArrayList<>();
    DSLContext recorded = dsl.configuration().derive(ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql()))).dsl();
    UserDao userDao = new UserDao(recorded);
    PostDao postDao = new PostDao(recorded);
    TagDao tagDao = new TagDao(recorded);

    List<Post> page =
        postDao.findAll(Find.where(POST_TABLE.TITLE.like("Post %")).orderBy(POST_TABLE.TITLE.desc()).limit(2).offset(2));
    long untitled = postDao.count(POST_TABLE.CONTENT.isNull());
    boolean any = postDao.exists(POST_TABLE.USER_ID.eq(alice.id()));

    Map<User, List<Post>> latest = userDao.getPosts(users, Find.all().orderBy(POST_TABLE.ID.desc()).limit(3));
    Map<User, Long> counts = userDao.countPosts(users);
    Map<Tag, List<Post>> lastTagged = tagDao.getPosts(tags, Find.all().orderBy(POST_TAG_TABLE.ID.desc()).limit(5));

    assertEquals(List.of("Post 3", "Post 2"), page.stream().map(Post::title).toList());
    assertEquals(2, untitled);
    assertTrue(any);
    assertEquals(List.of("Post 5", "Post 4", "Post 3"), latest.get(alice).stream().map(Post::title).toList());
    assertEquals(List.of("Hello"), latest.get(users.get(1)).stream().map(Post::title).toList());
    assertEquals(List.of(), latest.get(users.get(2)));
    assertEquals(List.of(5L, 1L, 0L), List.copyOf(counts.values()));
    assertEquals(List.of("Post 1", "Hello"), lastTagged.get(java).stream().map(Post::title).toList());
    assertEquals(documentedStatements("The statements they send"), sent, "docs/queries.md shows other statements");
  }

  /**
   * The statements of docs/queries.md's {@code sql} block after {@code intro}, each on one line:
   * the page wraps a long one, indenting the lines that continue it.
   */
  private static List<String> documentedStatements(String intro) throws IOException {
    String page = Files.readString(Path.of("..", "docs", "queries.md"));
    int block = page.indexOf("```sql\n", page.indexOf(intro)) + "```sql\n".length();
    List<String> statements = new ArrayList<>();
    for (String line : page.substring(block, page.indexOf("```", block)).split("\n")) {
      if (line.startsWith(" ")) {
        statements.set(statements.size() - 1, statements.get(statements.size() - 1) + " " + line.strip());
      } else {
        statements.add(line);
      }
    }
    return statements;
  }

  /** Comments on posts and on videos (a polymorphic parent), and a post's approved ones (a scope). */
  @Test
  void commentsOnPostsAndVideos() {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    VideoDao videos = new VideoDao(dsl);
    CommentDao comments = new CommentDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    Post hello = users.createPost(alice, new Post(null, "Hello", "First post", null));
    Video intro = videos.insert(new Video(null, "Intro"));
    assertEquals(hello.id(), intro.id(), "a post and a video of the same id: each sees only its own comments");
    Comment nice = posts.createComment(hello, new Comment(null, "Nice", Status.APPROVED, null, null));
    Comment spam = posts.createComment(hello, new Comment(null, "Spam", Status.PENDING, null, null));
    Comment talk = videos.createComment(intro, new Comment(null, "Great talk", null, null, null));

    assertEquals("Post", nice.commentableType());
    assertEquals("Video", talk.commentableType());
    assertEquals(List.of(nice, spam), posts.getComments(hello));
    assertEquals(List.of(talk), videos.getComments(intro));
    assertEquals(List.of(nice), posts.getApprovedComments(hello));
    assertEquals(Map.of(nice, hello, spam, hello, talk, intro), comments.getCommentable(List.of(nice, spam, talk)));
    assertEquals(Optional.of(intro), comments.getCommentable(talk));

    Comment agreed = posts.createApprovedComment(hello, new Comment(null, "Agreed", null, null, null));
    assertEquals(Status.APPROVED, agreed.status(), "the scope's value, written by create");
    assertThrows(IllegalArgumentException.class,
        () -> posts.createApprovedComment(hello, new Comment(null, "Later", Status.PENDING, null, null)));
    assertEquals(2, posts.countApprovedComments(hello));

    posts.addComment(hello, talk);
    assertEquals(List.of(), videos.getComments(intro), "adding the video's comment to the post moves it");
    assertEquals(Optional.of(hello), comments.getCommentable(comments.findById(talk.id()).orElseThrow()));
  }

  /** A link's attribute: stored by addTag with a link, updated for a linked pair, read with the tag. */
  @Test
  void tagLinksSayWhetherTheTagIsFeatured() {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    TagDao tags = new TagDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    Post hello = users.createPost(alice, new Post(null, "Hello", null, null));
    Post world = users.createPost(alice, new Post(null, "World", null, null));
    Tag java = tags.insert(new Tag(null, "java"));
    Tag sql = tags.insert(new Tag(null, "sql"));

    PostTag featured = posts.addTag(hello, java, new PostTag(null, null, null, true));
    assertEquals(new PostTag(featured.id(), hello.id(), java.id(), true), featured);
    posts.addTag(hello, sql);
    posts.addTag(world, java, new PostTag(null, world.id(), null, false));
    assertEquals(List.of(new Linked<>(java, featured), new Linked<>(sql, new PostTag(featured.id() + 1, hello.id(), sql.id(), null))),
        posts.getTagLinks(hello));

    PostTag unfeatured = posts.addTag(hello, java, new PostTag(null, null, null, false));
    assertEquals(featured.id(), unfeatured.id(), "a linked pair keeps its one link, updated");
    Map<Post, List<Linked<Tag, PostTag>>> links = posts.getTagLinks(List.of(hello, world));
    assertEquals(List.of(false, false), links.values().stream().map(l -> l.get(0).link().featured()).toList());
    assertThrows(IllegalArgumentException.class,
        () -> posts.addTag(hello, sql, new PostTag(null, world.id(), null, true)), "a key of another post");
    assertEquals(List.of(java, sql), posts.getTags(hello));
  }

  /** A post, its tags with their links and its comments: one insert per level, whatever their number. */
  @Test
  void aPostIsStoredWithItsTagsAndCommentsInOneCall() {
    User alice = new UserDao(dsl).insert(new User(null, "Alice"));
    List<String> sent = new ArrayList<>();
    DSLContext recorded = dsl.configuration().derive(ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql()))).dsl();
    PostView stored = new PostViewLoader(recorded).insert(new PostView(
        new Post(null, "Release", "Version 1", alice.id()),
        List.of(new Linked<>(new Tag(null, "news"), new PostTag(null, null, null, true)),
            new Linked<>(new Tag(null, "java"), new PostTag(null, null, null, null))),
        List.of(new Comment(null, "Congrats", Status.APPROVED, null, null), new Comment(null, "When?", null, null, null))));

    // the post; the tags, then their links; the comments
    assertEquals(4, sent.stream().filter(sql -> sql.startsWith("insert")).count(), String.join("\n", sent));
    Post release = stored.post();
    assertEquals(List.of("news", "java"), stored.tags().stream().map(tag -> tag.target().name()).toList());
    assertEquals(List.of(true), stored.tags().stream().map(tag -> tag.link().featured()).filter(f -> f != null).toList());
    assertEquals(List.of(release.id(), release.id()), stored.comments().stream().map(Comment::commentableId).toList());
    assertEquals(List.of("Post", "Post"), stored.comments().stream().map(Comment::commentableType).toList());

    PostDao posts = new PostDao(dsl);
    assertEquals(List.of("Congrats"), posts.getApprovedComments(release).stream().map(Comment::body).toList());
    assertEquals(stored.tags(), posts.getTagLinks(release), "news and java, in the order of their ids");
    assertEquals(Optional.of(stored), new PostViewLoader(dsl).findById(release.id()), "read back as stored");
  }

  /** No foreign key can act for a polymorphic parent: its comments are unlinked before it goes. */
  @Test
  void aPostsCommentsAreUnlinkedBeforeItIsDeleted() {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    CommentDao comments = new CommentDao(dsl);
    Post hello = users.createPost(users.insert(new User(null, "Alice")), new Post(null, "Hello", null, null));
    Comment nice = posts.createComment(hello, new Comment(null, "Nice", Status.APPROVED, null, null));
    posts.setComments(hello, List.of());
    posts.delete(hello);
    Comment unlinked = comments.findById(nice.id()).orElseThrow();
    assertEquals(new Comment(nice.id(), "Nice", Status.APPROVED, null, null), unlinked);
    assertEquals(Optional.empty(), comments.getCommentable(unlinked));
  }

  @Test
  void aUserWithPostsCannotBeDeleted() {
    UserDao users = new UserDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    users.createPost(alice, new Post(null, "Hello", "First post", null));
    users.createProfile(alice, new Profile(null, "Writes things", null));
    assertThrows(IntegrityConstraintViolationException.class, () -> users.delete(alice));
    assertEquals(Optional.of("Writes things"), users.getProfile(alice).map(Profile::bio));
  }

  @Test
  void ordersItemsCategoriesProductsAuthorsBooks() {
    OrderDao orders = new OrderDao(dsl);
    Order order = orders.insert(new Order(null, "acme", OffsetDateTime.parse("2024-03-01T10:00:00Z")));
    Item item = orders.createItem(order, new Item(null, "sku-1", 2, 0));
    orders.createItem(order, new Item(null, "sku-2", 1, 0));
    orders.removeItem(order, item);
    assertEquals(1, new ItemDao(dsl).count(), "an item without its order is deleted: its key is NOT NULL");

    CategoryDao categories = new CategoryDao(dsl);
    Category books = categories.insert(new Category(null, "Books"));
    Product product = categories.createProduct(books, new Product(null, "Dune", new BigDecimal("9.99"), null));
    assertEquals(List.of(product), categories.getProducts(books));

    AuthorDao authors = new AuthorDao(dsl);
    Author herbert = authors.insert(new Author(null, "Herbert"));
    Book dune = authors.createBook(herbert, new Book(null, "Dune", null));
    assertTrue(authors.hasBook(herbert, dune));
  }
}
