package dev.relata.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.StatementCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code XLoader.insert} and {@code findAllById} on real PostgreSQL: every component kind, order, statements, bad input. */
class GraphInsertTest extends GraphDatabaseTest {

  /** A page of a new user: two posts (two tags and three comments each, the best first) and a profile. */
  private static UserPage page(String name) {
    List<PostView> posts = new ArrayList<>();
    for (String title : List.of("first", "second")) {
      posts.add(
          new PostView(
              new Post(null, null, title + " of " + name),
              Optional.empty(),
              List.of(new Tag(null, "java"), new Tag(null, "sql")),
              List.of(new Comment(null, 0, "great", 3), new Comment(null, 0, "good", 2), new Comment(null, 0, "ok", 1))));
    }
    return new UserPage(new User(null, name), posts, Optional.of(new Profile(null, null, "bio of " + name)), 0);
  }

  @Test
  void storesEveryLevelAndReturnsTheGraphsAsStoredInInputOrder() {
    UserPageLoader loader = new UserPageLoader(dsl);
    List<UserPage> stored = loader.insert(List.of(page("Bob"), page("Alice")));

    assertEquals(List.of("Bob", "Alice"), stored.stream().map(p -> p.user().name()).toList());
    UserPage bob = stored.get(0);
    assertNotNull(bob.user().id());
    assertEquals(2, bob.postsCount(), "the number of posts inserted");
    PostView first = bob.posts().get(0);
    assertNotNull(first.post().id());
    assertEquals(bob.user().id(), first.post().userId(), "filled from the stored user");
    assertEquals(Optional.of(bob.user()), first.user(), "the user it is under, as stored");
    assertEquals(List.of(first.post().id(), first.post().id(), first.post().id()),
        first.comments().stream().map(Comment::postId).toList());
    assertEquals(bob.user().id(), bob.profile().orElseThrow().userId());
    // What was stored is what a load reads: the tags are linked, every key points where the graph put it.
    List<Long> ids = stored.stream().map(p -> p.user().id()).toList();
    assertEquals(stored, loader.findAllById(List.of(ids.get(1), ids.get(0), -1L)), "in id order, -1 skipped");
    assertEquals(List.of("java", "sql"), new PostDao(dsl).getTags(first.post()).stream().map(Tag::name).toList());
    assertEquals(4 * 2, new TagDao(dsl).count(), "every tag of the graphs is a row of its own");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000})
  void oneStatementPerComponentAndLevelWhateverTheNumberOfGraphs(int graphs) {
    List<UserPage> pages = new ArrayList<>();
    for (int i = 0; i < graphs; i++) {
      pages.add(page("user " + i));
    }
    StatementCounter counter = new StatementCounter(dsl);
    List<UserPage> stored = new UserPageLoader(counter.dsl()).insert(pages);
    // users; posts; tags, post_tags, comments; profiles
    assertEquals(6, counter.count(), counter.statements().toString());
    assertEquals(graphs, stored.size());
    assertEquals(graphs * 2L, new PostDao(dsl).count());
    assertEquals(graphs * 6L, new CommentDao(dsl).count());

    counter.reset();
    List<Long> ids = stored.stream().map(p -> p.user().id()).toList();
    assertEquals(stored, new UserPageLoader(counter.dsl()).findAllById(ids));
    assertEquals(1 + 6, counter.count(), counter.statements().toString());
    assertTrue(counter.statements().get(0).contains("= any ("), counter.statements().get(0));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000})
  void aBelongsToComponentIsInsertedFirstAndTheKeyFilledFromIt(int graphs) {
    List<CommentView> views = new ArrayList<>();
    for (int i = 0; i < graphs; i++) {
      views.add(new CommentView(new Comment(null, 0, "first!", i), new Post(null, null, "Hello " + i)));
    }
    StatementCounter counter = new StatementCounter(dsl);
    List<CommentView> stored = new CommentViewLoader(counter.dsl()).insert(views);
    assertEquals(2, counter.count(), "the posts, then the comments: " + counter.statements());
    CommentView last = stored.get(graphs - 1);
    assertEquals("Hello " + (graphs - 1), last.post().title());
    assertEquals(last.post().id(), (Long) last.comment().postId());
    assertEquals(Optional.of(last.post()), new CommentDao(dsl).getPost(last.comment()));
  }

  @Test
  void aSelfReferenceStoresTheManagerFirstAndTheReportsAfter() {
    Employee boss = new Employee(null, "Boss", null);
    List<Employee> reports = List.of(new Employee(null, "Ann", null), new Employee(null, "Ben", null));
    StatementCounter counter = new StatementCounter(dsl);
    EmployeeView stored =
        new EmployeeViewLoader(counter.dsl()).insert(new EmployeeView(new Employee(null, "Mia", null), Optional.of(boss), reports, 0));
    assertEquals(3, counter.count(), "the managers, the employees, the reports: " + counter.statements());
    Employee mia = stored.employee();
    assertEquals(stored.manager().orElseThrow().id(), mia.managerId());
    assertEquals(List.of(mia.id(), mia.id()), stored.reports().stream().map(Employee::managerId).toList());
    assertEquals(2, stored.reportsCount());
    assertEquals(stored, new EmployeeViewLoader(dsl).load(mia));
    // Nested a level more: the manager is a graph of its own, with reports of its own.
    ManagerView nested =
        new ManagerViewLoader(dsl)
            .insert(new ManagerView(new Employee(null, "Zoe", null),
                Optional.of(new EmployeeView(new Employee(null, "Max", null), Optional.empty(), List.of(), 0)), List.of()));
    assertEquals(nested.manager().orElseThrow().employee().id(), nested.employee().managerId());
  }

  @Test
  void aBelongsToManyStoresTheTargetsAndTheirLinksAndIgnoresLimits() {
    List<Post> posts = List.of(new Post(null, null, "c"), new Post(null, null, "b"), new Post(null, null, "a"));
    TagView stored = new TagViewLoader(dsl).insert(new TagView(new Tag(null, "java"), posts, 0));
    assertEquals(List.of("c", "b", "a"), stored.posts().stream().map(Post::title).toList(), "all three, as given; @Limit(2) reads");
    assertEquals(3, stored.postsCount());
    assertEquals(3, new TagDao(dsl).countPosts(stored.tag()));
    assertEquals(List.of("a", "b"), new TagViewLoader(dsl).load(stored.tag()).posts().stream().map(Post::title).toList());
  }

  @Test
  void anIdGivenIsStoredAsGiven() {
    UserPage given = new UserPage(new User(900L, "Given"), List.of(), Optional.of(new Profile(901L, 900L, "bio")), 0);
    UserPage stored = new UserPageLoader(dsl).insert(given);
    assertEquals(given, stored);
  }

  @Test
  void emptyInputSendsNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    assertEquals(List.of(), new UserPageLoader(counter.dsl()).insert(List.of()));
    assertEquals(List.of(), new UserPageLoader(counter.dsl()).findAllById(List.of()));
    assertEquals(0, counter.count());
  }

  @Test
  void badInputIsRefusedBeforeAnySql() {
    StatementCounter counter = new StatementCounter(dsl);
    UserPageLoader loader = new UserPageLoader(counter.dsl());
    assertMessage(NullPointerException.class, "graphs must not be null (UserPageLoader.insert)",
        () -> loader.insert((Collection<UserPage>) null));
    assertMessage(NullPointerException.class, "graph must not be null (UserPageLoader.insert)",
        () -> loader.insert((UserPage) null));
    assertMessage(NullPointerException.class, "graphs must not contain null, found at position 1 (UserPageLoader.insert)",
        () -> loader.insert(Arrays.asList(page("a"), null)));
    assertMessage(NullPointerException.class, "UserPage.user must not be null, found in graph 0 (UserPageLoader.insert)",
        () -> loader.insert(new UserPage(null, List.of(), Optional.empty(), 0)));
    assertMessage(NullPointerException.class, "PostView.comments must not contain null, found in graph 0 (UserPageLoader.insert)",
        () -> loader.insert(new UserPage(new User(null, "a"), List.of(new PostView(new Post(null, null, "p"), Optional.empty(),
            List.of(), Arrays.asList((Comment) null))), Optional.empty(), 0)));
    assertMessage(IllegalArgumentException.class,
        "UserPageLoader.insert: UserPage.posts holds a Post whose userId names another User than the one it is under;"
            + " leave it unset: insert fills it from the stored User",
        () -> loader.insert(new UserPage(new User(null, "a"),
            List.of(new PostView(new Post(null, 12345L, "p"), Optional.empty(), List.of(), List.of())), Optional.empty(), 0)));
    assertMessage(IllegalArgumentException.class,
        "UserPageLoader.insert: PostView.user is the row the graph is inserted under, and holds another; leave it empty:"
            + " insert fills it with the stored row",
        () -> loader.insert(new UserPage(new User(null, "a"),
            List.of(new PostView(new Post(null, null, "p"), Optional.of(new User(null, "b")), List.of(), List.of())),
            Optional.empty(), 0)));
    assertMessage(IllegalArgumentException.class,
        "CommentViewLoader.insert: CommentView.post is a Post other than the one the Comment's postId names;"
            + " leave it unset: insert fills it from the stored Post",
        () -> new CommentViewLoader(counter.dsl()).insert(new CommentView(new Comment(null, 7, "x", 1), new Post(8L, null, "p"))));
    assertEquals(0, counter.count(), counter.statements().toString());
    assertEquals(0, new UserDao(dsl).count());
  }

  @Test
  void aKeyThatNamesTheParentItIsUnderIsAccepted() {
    UserPage given =
        new UserPage(new User(50L, "a"), List.of(new PostView(new Post(null, 50L, "p"), Optional.of(new User(50L, "a")),
            List.of(), List.of())), Optional.empty(), 0);
    UserPage stored = new UserPageLoader(dsl).insert(given);
    assertEquals(50L, stored.posts().get(0).post().userId());
  }

  private static void assertMessage(Class<? extends Exception> type, String message, Runnable call) {
    assertEquals(message, assertThrows(type, call::run).getMessage());
  }
}
