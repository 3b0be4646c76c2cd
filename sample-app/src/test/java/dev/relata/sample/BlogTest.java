package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.relata.sample.blog.Product;
import dev.relata.sample.blog.Profile;
import dev.relata.sample.blog.RelataSchema;
import dev.relata.sample.blog.Tag;
import dev.relata.sample.blog.TagDao;
import dev.relata.sample.blog.User;
import dev.relata.sample.blog.UserDao;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blog model as the README shows it: every pair of the sample, on real PostgreSQL. */
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

  @Test
  void commentsGoWithTheirPost() {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    Post hello = users.createPost(alice, new Post(null, "Hello", "First post", null));
    posts.createComment(hello, new Comment(null, "Nice", null));
    posts.createComment(hello, new Comment(null, "Thanks", null));
    assertEquals(2, posts.countComments(hello));
    posts.delete(hello);
    assertEquals(0, new CommentDao(dsl).count());
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
