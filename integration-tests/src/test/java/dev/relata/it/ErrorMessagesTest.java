package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Country;
import dev.relata.it.model.CountryDao;
import dev.relata.it.model.Item;
import dev.relata.it.model.ItemDao;
import dev.relata.it.model.Order;
import dev.relata.it.model.OrderDao;
import dev.relata.it.model.Post;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the runtime's own exceptions say: the entity, the method, the parameter and the key, never a
 * row's values, which may be personal data and would end up in log files.
 */
class ErrorMessagesTest extends DatabaseTest {

  private static final String PERSONAL = "alice@example.com";

  @Test
  void unsavedRowsAreNamedNotShown() {
    UserDao users = new UserDao(dsl);
    User alice = users.insert(new User(null, "Alice"));
    User unsaved = new User(null, PERSONAL);
    Post unsavedPost = new Post(null, null, null, PERSONAL);
    List<Map.Entry<String, Executable>> calls =
        List.of(
            Map.entry("UserDao.getPosts", () -> users.getPosts(unsaved)),
            Map.entry("UserDao.getPosts", () -> users.getPosts(List.of(alice, unsaved))),
            Map.entry("UserDao.addPost", () -> users.addPost(alice, unsavedPost)),
            Map.entry("UserDao.setPosts", () -> users.setPosts(alice, List.of(unsavedPost))),
            Map.entry("UserDao.update", () -> users.update(unsaved)),
            Map.entry("UserDao.delete", () -> users.delete(unsaved)));
    for (Map.Entry<String, Executable> call : calls) {
      String message = assertThrows(IllegalArgumentException.class, call.getValue()).getMessage();
      assertTrue(message.startsWith(call.getKey() + ": "), message);
      assertTrue(message.contains(" a User with a null id") || message.contains(" a Post with a null id"), message);
      assertFalse(message.contains(PERSONAL), message);
    }
  }

  @Test
  void aMissingIdThatTheDatabaseDoesNotMakeIsNamedNotShown() {
    CountryDao countries = new CountryDao(dsl);
    for (Executable call :
        List.<Executable>of(
            () -> countries.insert(new Country(null, PERSONAL)),
            () -> countries.insertAll(List.of(new Country("fr", "France"), new Country(null, PERSONAL))))) {
      String message = assertThrows(IllegalArgumentException.class, call).getMessage();
      assertTrue(message.contains("CountryDao.insert") && message.contains("String id"), message);
      assertFalse(message.contains(PERSONAL), message);
    }
    assertEquals(0, countries.count());
  }

  @Test
  void unlinkingThroughANotNullForeignKeyIsRefusedBeforeAnySql() {
    Order order = new OrderDao(dsl).insert(new Order(null, PERSONAL));
    Item item = new ItemDao(dsl).insert(new Item(null, order.id(), "pen"));
    StatementCounter counter = new StatementCounter(dsl);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ItemDao(counter.dsl()).setOrder(item, null));
    assertEquals(
        "ItemDao.setOrder: order is null, but the foreign key \"order_id\" of Item is NOT NULL (a primitive"
            + " component), so it cannot be unlinked: link another Order, or delete the Item",
        e.getMessage());
    assertEquals(0, counter.count(), counter.statements().toString());
    assertEquals(item, new ItemDao(dsl).findById(item.id()).orElseThrow());
  }
}
