package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Transactions the DAOs join, and the {@code ON DELETE} actions {@code @BelongsTo} declares. */
class TransactionAndOnDeleteTest extends DatabaseTest {

  private final UserDao users = new UserDao(dsl);

  @Test
  void aDaoOnTheTransactionsContextJoinsIt() {
    assertThrows(
        IllegalStateException.class,
        () ->
            dsl.transaction(
                tx -> {
                  UserDao inTx = new UserDao(tx.dsl());
                  User alice = inTx.insert(new User(null, "Alice"));
                  inTx.createPost(alice, new Post(null, null, null, "Hello"));
                  assertEquals(1, inTx.countPosts(alice));
                  throw new IllegalStateException("roll back");
                }));
    assertEquals(0, users.count());
    assertEquals(0, new PostDao(dsl).count());
  }

  @Test
  void aCommittedTransactionKeepsEverything() {
    dsl.transaction(tx -> new UserDao(tx.dsl()).insert(new User(null, "Alice")));
    assertEquals(1, users.count());
  }

  @Test
  void aFailingMultiStatementMethodInsideATransactionLeavesTheOuterWorkIntact() {
    dsl.transaction(
        tx -> {
          UserDao inTx = new UserDao(tx.dsl());
          User alice = inTx.insert(new User(null, "Alice"));
          Post kept = inTx.createPost(alice, new Post(null, null, null, "kept"));
          // setPosts runs in a savepoint: its failure undoes only its own statements.
          assertThrows(
              DataAccessException.class, () -> inTx.setPosts(alice, List.of(new Post(999L, null, null, "ghost"))));
          assertEquals(List.of(kept), inTx.getPosts(alice));
        });
    assertEquals(1, users.count());
  }

  @Test
  void noActionRefusesToDeleteAParentWithChildren() {
    User alice = users.insert(new User(null, "Alice"));
    users.createPost(alice, new Post(null, null, null, "Hello"));
    IntegrityConstraintViolationException e =
        assertThrows(IntegrityConstraintViolationException.class, () -> users.delete(alice));
    assertTrue(e.getMessage().contains("posts_user_id_fkey"), e.getMessage());
    assertEquals("23503", e.sqlState());
    assertEquals(1, users.count(), "nothing was deleted");
  }

  @Test
  void cascadeDeletesTheChildren() {
    OrderDao orders = new OrderDao(dsl);
    Order order = orders.insert(new Order(null, "acme"));
    orders.createItem(order, new Item(null, 0, "a"));
    orders.createItem(order, new Item(null, 0, "b"));
    assertTrue(orders.delete(order));
    assertEquals(0, new ItemDao(dsl).count());
  }

  @Test
  void aDuplicateIdIsRefusedWithPostgresMessage() {
    users.insert(new User(1L, "Alice"));
    IntegrityConstraintViolationException e =
        assertThrows(IntegrityConstraintViolationException.class, () -> users.insert(new User(1L, "Bob")));
    assertEquals("23505", e.sqlState());
    assertTrue(e.getMessage().contains("users_pkey"), e.getMessage());
  }

  @Test
  void aStringHoldingNulIsRefusedByTheDatabase() {
    DataAccessException e =
        assertThrows(DataAccessException.class, () -> users.insert(new User(null, "bad\u0000name")));
    assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
    assertEquals(0, users.count());
  }
}
