package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Item;
import dev.relata.it.model.ItemDao;
import dev.relata.it.model.Order;
import dev.relata.it.model.OrderDao;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.NoDataFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code User @HasMany(Post.class)} (nullable key) and {@code Order @HasMany(Item.class)} (NOT NULL key). */
class HasManyTest extends DatabaseTest {

  private final UserDao users = new UserDao(dsl);
  private final PostDao posts = new PostDao(dsl);
  private User alice;
  private User bob;

  @BeforeEach
  void people() {
    alice = users.insert(new User(null, "Alice"));
    bob = users.insert(new User(null, "Bob"));
  }

  private Post post(String title) {
    return posts.insert(new Post(null, null, null, title));
  }

  @Test
  void createLinksTheNewRowToTheParent() {
    Post hello = users.createPost(alice, new Post(null, bob.id(), null, "Hello"));
    assertEquals(alice.id(), hello.userId());
    assertEquals(List.of(hello), users.getPosts(alice));
    assertEquals(List.of(), users.getPosts(bob));
    assertEquals(1, users.countPosts(alice));
  }

  @Test
  void getIsOrderedByTargetId() {
    Post second = posts.insert(new Post(20L, alice.id(), null, "second"));
    Post first = posts.insert(new Post(10L, alice.id(), null, "first"));
    assertEquals(List.of(first, second), users.getPosts(alice));
  }

  @Test
  void addMovesARowFromAnotherParent() {
    Post p = users.createPost(bob, new Post(null, null, null, "p"));
    users.addPost(alice, p);
    assertEquals(1, users.countPosts(alice));
    assertEquals(0, users.countPosts(bob));
    assertTrue(users.hasPost(alice, p));
  }

  @Test
  void addAllLinksEveryRowOrNoneWhenOneIsMissing() {
    Post a = post("a");
    Post b = post("b");
    users.addPosts(alice, List.of(a, b));
    assertEquals(2, users.countPosts(alice));

    Post c = post("c");
    Post ghost = new Post(999L, null, null, "ghost");
    NoDataFoundException e = assertThrows(NoDataFoundException.class, () -> users.addPosts(bob, List.of(c, ghost)));
    assertTrue(e.getMessage().contains("999") && e.getMessage().contains("UserDao.addPosts"), e.getMessage());
    assertEquals(0, users.countPosts(bob), "nothing was linked");
  }

  @Test
  void addAndHasOfNothingAreANoOpAndTrue() {
    StatementCounter counter = new StatementCounter(dsl);
    UserDao counted = new UserDao(counter.dsl());
    counted.addPosts(alice, List.of());
    assertTrue(counted.hasPosts(alice, List.of()));
    counted.removePosts(alice, List.of());
    assertEquals(0, counter.count());
  }

  @Test
  void removeOnANullableKeySetsItToNullAndKeepsTheRow() {
    Post p = users.createPost(alice, new Post(null, null, null, "p"));
    users.removePost(alice, p);
    assertEquals(0, users.countPosts(alice));
    assertEquals(Optional.of(new Post(p.id(), null, null, "p")), posts.findById(p.id()));
  }

  @Test
  void removeOnANotNullKeyDeletesTheRow() {
    OrderDao orders = new OrderDao(dsl);
    ItemDao items = new ItemDao(dsl);
    Order order = orders.insert(new Order(null, "acme"));
    Item item = orders.createItem(order, new Item(null, 0, "sku-1"));
    orders.removeItem(order, item);
    assertEquals(Optional.empty(), items.findById(item.id()));
  }

  @Test
  void removeOfARowLinkedToAnotherParentChangesNothing() {
    Post p = users.createPost(bob, new Post(null, null, null, "p"));
    users.removePost(alice, p);
    users.removePosts(alice, List.of(p));
    assertEquals(List.of(p), users.getPosts(bob));
  }

  @Test
  void setUnlinksThePreviousRowsAndLinksTheGivenOnes() {
    Post a = users.createPost(alice, new Post(null, null, null, "a"));
    Post b = users.createPost(alice, new Post(null, null, null, "b"));
    Post c = post("c");
    users.setPosts(alice, List.of(b, c));
    assertEquals(List.of(b.id(), c.id()), users.getPosts(alice).stream().map(Post::id).toList());
    assertEquals(null, posts.findById(a.id()).orElseThrow().userId());
  }

  @Test
  void setWithNothingClears() {
    users.createPost(alice, new Post(null, null, null, "a"));
    users.setPosts(alice, List.of());
    assertEquals(0, users.countPosts(alice));
    assertEquals(1, posts.count());
  }

  @Test
  void setOnANotNullKeyDeletesTheUnlinkedRows() {
    OrderDao orders = new OrderDao(dsl);
    Order order = orders.insert(new Order(null, "acme"));
    Item keep = orders.createItem(order, new Item(null, 0, "keep"));
    orders.createItem(order, new Item(null, 0, "drop"));
    orders.setItems(order, List.of(keep));
    assertEquals(List.of(keep), new ItemDao(dsl).findAll());
  }

  @Test
  void setIsAtomic() {
    Post a = users.createPost(alice, new Post(null, null, null, "a"));
    Post ghost = new Post(999L, null, null, "ghost");
    assertThrows(NoDataFoundException.class, () -> users.setPosts(alice, List.of(ghost)));
    assertEquals(List.of(a), users.getPosts(alice), "the unlink of a was rolled back");
  }

  @Test
  void hasIsTrueOnlyIfEveryRowIsLinked() {
    Post a = users.createPost(alice, new Post(null, null, null, "a"));
    Post b = users.createPost(bob, new Post(null, null, null, "b"));
    assertTrue(users.hasPost(alice, a));
    assertFalse(users.hasPost(alice, b));
    assertTrue(users.hasPosts(alice, List.of(a, a)));
    assertFalse(users.hasPosts(alice, List.of(a, b)));
  }

  @Test
  void unsavedRowsAndNullsAreRefusedBeforeAnyStatement() {
    StatementCounter counter = new StatementCounter(dsl);
    UserDao counted = new UserDao(counter.dsl());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> counted.getPosts(new User(null, "x")));
    assertTrue(e.getMessage().contains("UserDao.getPosts") && e.getMessage().contains("User"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> counted.addPost(alice, new Post(null, null, null, "x")));
    assertTrue(e.getMessage().contains("UserDao.addPost") && e.getMessage().contains("Post"), e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> counted.addPost(alice, null));
    assertTrue(npe.getMessage().contains("post"), npe.getMessage());
    npe = assertThrows(NullPointerException.class, () -> counted.setPosts(null, List.of()));
    assertTrue(npe.getMessage().contains("user"), npe.getMessage());
    npe = assertThrows(NullPointerException.class, () -> counted.getPosts((List<User>) null));
    assertTrue(npe.getMessage().contains("users"), npe.getMessage());
    assertEquals(0, counter.count());
  }

  @Test
  void aMissingParentMakesSetFailAndChangeNothing() {
    Post a = post("a");
    NoDataFoundException e =
        assertThrows(NoDataFoundException.class, () -> users.setPosts(new User(12345L, "ghost"), List.of(a)));
    assertTrue(e.getMessage().contains("12345"), e.getMessage());
    assertEquals(null, posts.findById(a.id()).orElseThrow().userId());
  }
}
