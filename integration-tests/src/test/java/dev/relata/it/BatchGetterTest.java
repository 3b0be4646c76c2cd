package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Batch getters: one statement, whatever the number of parents. */
class BatchGetterTest extends DatabaseTest {

  private final UserDao users = new UserDao(dsl);
  private final PostDao posts = new PostDao(dsl);

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000, 40_000})
  void oneStatementForAnyNumberOfParents(int parents) {
    List<User> stored = new ArrayList<>();
    for (int i = 0; i < parents; i++) {
      stored.add(new User(null, "user " + i));
    }
    stored = users.insertAll(stored);
    List<Post> written = new ArrayList<>();
    for (int i = 0; i < parents; i += 2) { // every other user has two posts
      written.add(new Post(null, stored.get(i).id(), null, "a" + i));
      written.add(new Post(null, stored.get(i).id(), null, "b" + i));
    }
    posts.insertAll(written);

    StatementCounter counter = new StatementCounter(dsl);
    Map<User, List<Post>> byUser = new UserDao(counter.dsl()).getPosts(stored);
    assertEquals(1, counter.count(), counter.statements().toString());
    assertTrue(counter.statements().get(0).contains("any"), counter.statements().get(0));
    assertEquals(parents, byUser.size(), "every parent is a key");
    assertEquals(stored, List.copyOf(byUser.keySet()), "in input order");
    assertEquals(List.of("a0", "b0"), byUser.get(stored.get(0)).stream().map(Post::title).toList());
    if (parents > 1) {
      assertEquals(List.of(), byUser.get(stored.get(1)));
    }

    counter.reset();
    Map<Post, User> byPost = new PostDao(counter.dsl()).getUser(posts.findAll());
    assertEquals(1, counter.count());
    assertEquals(written.size(), byPost.size());
  }

  @Test
  void duplicatesInTheInputCollapse() {
    User alice = users.insert(new User(null, "Alice"));
    users.createPost(alice, new Post(null, null, null, "p"));
    Map<User, List<Post>> byUser = users.getPosts(List.of(alice, alice, alice));
    assertEquals(1, byUser.size());
    assertEquals(1, byUser.get(alice).size());
  }

  @Test
  void anEmptyInputSendsNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    assertEquals(Map.of(), new UserDao(counter.dsl()).getPosts(List.of()));
    assertEquals(0, counter.count());
  }
}
