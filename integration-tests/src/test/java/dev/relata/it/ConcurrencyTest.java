package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One DAO shared by threads, each statement on its own connection. */
class ConcurrencyTest extends DatabaseTest {

  private static final int THREADS = 8;

  private final UserDao users = new UserDao(dsl);
  private final PostDao posts = new PostDao(dsl);

  @Test
  void concurrentSetsOnOneParentSerialize() throws Exception {
    User alice = users.insert(new User(null, "Alice"));
    List<List<Post>> groups = new ArrayList<>();
    Set<Set<Long>> groupIds = new HashSet<>();
    groupIds.add(Set.of()); // before any set
    for (int g = 0; g < THREADS; g++) {
      List<Post> group = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        group.add(new Post(null, null, null, "g" + g + "p" + p));
      }
      List<Post> stored = posts.insertAll(group);
      groups.add(stored);
      groupIds.add(Set.copyOf(stored.stream().map(Post::id).toList()));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Set<Long>> seen = new ConcurrentLinkedQueue<>();
    Future<?> reader =
        pool.submit(
            () -> {
              while (writing.get()) {
                seen.add(Set.copyOf(users.getPosts(alice).stream().map(Post::id).toList()));
              }
            });
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Post> group = groups.get(t);
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  users.setPosts(alice, group);
                }
              }));
    }
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    writing.set(false);
    reader.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    Set<Long> finalSet = Set.copyOf(users.getPosts(alice).stream().map(Post::id).toList());
    assertTrue(groupIds.contains(finalSet) && !finalSet.isEmpty(), "exactly one caller's set, never a union: " + finalSet);
    for (Set<Long> snapshot : seen) {
      assertTrue(groupIds.contains(snapshot), "a reader saw a half-applied set: " + snapshot);
    }
    assertEquals(5, users.countPosts(alice));
    assertEquals(THREADS * 5, posts.count(), "no post was lost");
  }

  @Test
  void concurrentInsertsLoseNoRow() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 50; i++) {
                  User user = users.insert(new User(null, "t" + thread + "-" + i));
                  users.createPost(user, new Post(null, null, null, "p"));
                }
                users.insertAll(List.of(new User(null, "bulk" + thread), new User(null, "bulk" + thread)));
              }));
    }
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(THREADS * 52, users.count());
    assertEquals(THREADS * 50, posts.count());
  }
}
