package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Book;
import dev.relata.it.model.BookDao;
import dev.relata.it.model.Author;
import dev.relata.it.model.AuthorDao;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.ProfileDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.NoDataFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code User @HasOne(Profile.class)}, {@code Post @BelongsTo(User.class)} twice, a UUID key. */
class HasOneAndBelongsToTest extends DatabaseTest {

  private final UserDao users = new UserDao(dsl);
  private final PostDao posts = new PostDao(dsl);
  private final ProfileDao profiles = new ProfileDao(dsl);
  private User alice;
  private User bob;

  @BeforeEach
  void people() {
    alice = users.insert(new User(null, "Alice"));
    bob = users.insert(new User(null, "Bob"));
  }

  @Test
  void hasOneGetCreateAndSet() {
    assertEquals(Optional.empty(), users.getProfile(alice));
    Profile first = users.createProfile(alice, new Profile(null, null, "first"));
    assertEquals(Optional.of(first), users.getProfile(alice));

    Profile second = users.createProfile(alice, new Profile(null, null, "second"));
    assertEquals(Optional.of(second), users.getProfile(alice), "create replaces the one it had");
    assertEquals(null, profiles.findById(first.id()).orElseThrow().userId());

    users.setProfile(alice, first);
    assertEquals(Optional.of(first.id()), users.getProfile(alice).map(Profile::id));
    assertEquals(null, profiles.findById(second.id()).orElseThrow().userId());

    users.setProfile(alice, null);
    assertEquals(Optional.empty(), users.getProfile(alice));
    assertEquals(2, profiles.count(), "unlinking keeps the rows");
  }

  @Test
  void hasOneBatchLeavesOutParentsWithoutOne() {
    Profile profile = users.createProfile(bob, new Profile(null, null, "bob's"));
    StatementCounter counter = new StatementCounter(dsl);
    Map<User, Profile> byUser = new UserDao(counter.dsl()).getProfile(List.of(alice, bob));
    assertEquals(Map.of(bob, profile), byUser);
    assertEquals(1, counter.count());
  }

  @Test
  void belongsToGetSetAndCreate() {
    Post post = posts.insert(new Post(null, null, null, "p"));
    assertEquals(Optional.empty(), posts.getUser(post));

    Post linked = posts.setUser(post, alice);
    assertEquals(alice.id(), linked.userId());
    assertEquals(Optional.of(alice), posts.getUser(linked));

    Post edited = posts.setEditor(linked, bob);
    assertEquals(Optional.of(bob), posts.getEditor(edited));
    assertEquals(Optional.of(alice), posts.getUser(edited));

    Post unlinked = posts.setUser(edited, null);
    assertEquals(null, unlinked.userId());
    assertEquals(bob.id(), unlinked.editorId());

    Post withCarol = posts.createUser(unlinked, new User(null, "Carol"));
    assertEquals("Carol", posts.getUser(withCarol).orElseThrow().name());
    assertEquals(3, users.count());
  }

  @Test
  void belongsToGetOfANullKeySendsNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    assertEquals(Optional.empty(), new PostDao(counter.dsl()).getUser(new Post(null, null, null, "unsaved")));
    assertEquals(0, counter.count());
  }

  @Test
  void belongsToBatchKeepsInputOrderAndLeavesOutOrphans() {
    Post a = posts.insert(new Post(null, bob.id(), null, "a"));
    Post b = posts.insert(new Post(null, null, null, "b"));
    Post c = posts.insert(new Post(null, alice.id(), null, "c"));
    StatementCounter counter = new StatementCounter(dsl);
    Map<Post, User> byPost = new PostDao(counter.dsl()).getUser(List.of(c, b, a, c, a));
    assertEquals(List.of(c, a), List.copyOf(byPost.keySet()), "input order, duplicates at their first place");
    assertEquals(alice, byPost.get(c));
    assertEquals(bob, byPost.get(a));
    assertEquals(1, counter.count());
  }

  @Test
  void setOnAMissingChildFails() {
    NoDataFoundException e =
        assertThrows(NoDataFoundException.class, () -> posts.setUser(new Post(777L, null, null, "x"), alice));
    assertTrue(e.getMessage().contains("777"), e.getMessage());
  }

  @Test
  void createOfTheParentIsAtomic() {
    Post missing = new Post(888L, null, null, "not stored");
    assertThrows(NoDataFoundException.class, () -> posts.createUser(missing, new User(null, "Dave")));
    assertEquals(2, users.count(), "Dave's insert was rolled back");
  }

  @Test
  void aForeignKeyToAMissingRowIsRefusedByTheDatabase() {
    DataAccessException e =
        assertThrows(DataAccessException.class, () -> posts.insert(new Post(null, 424242L, null, "orphan")));
    assertEquals("23503", e.sqlState(), e.getMessage());
    assertEquals(0, posts.count());
  }

  @Test
  void uuidKeysWork() {
    AuthorDao authors = new AuthorDao(dsl);
    BookDao books = new BookDao(dsl);
    Author leGuin = authors.insert(new Author(null, "Le Guin"));
    Book book = authors.createBook(leGuin, new Book(null, null, "The Dispossessed"));
    assertEquals(List.of(book), authors.getBooks(leGuin));
    assertEquals(Optional.of(leGuin), books.getAuthor(book));
    assertEquals(Map.of(leGuin, List.of(book)), authors.getBooks(List.of(leGuin)));
    assertEquals(Map.of(book, leGuin), books.getAuthor(List.of(book)));
  }
}
