package dev.relata.it.graph;

import static dev.relata.it.graph.UserTable.USER_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.StatementCounter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated loaders on real PostgreSQL: what they load, and how many statements it takes. */
class GraphLoaderTest extends GraphDatabaseTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 10_000})
  void oneStatementPerComponentAndLevelWhateverTheNumberOfRoots(int roots) {
    List<User> users = Blog.seed(dsl, roots);
    StatementCounter counter = new StatementCounter(dsl);

    // three levels: users; posts, profile, count; each post's user, tags, comments
    List<UserPage> pages = new UserPageLoader(counter.dsl()).findAll(Find.all());
    assertEquals(1 + 3 + 3, counter.count(), counter.statements().toString());
    assertEquals(users, pages.stream().map(UserPage::user).toList());
    counter.reset();
    assertEquals(pages, new UserPageLoader(counter.dsl()).load(users));
    assertEquals(3 + 3, counter.count(), "load reads no roots: " + counter.statements());

    // two levels: users; posts and their count
    counter.reset();
    List<UserSummary> summaries = new UserSummaryLoader(counter.dsl()).findAll(Find.all());
    assertEquals(1 + 2, counter.count(), counter.statements().toString());
    counter.reset();
    assertEquals(summaries, new UserSummaryLoader(counter.dsl()).load(users));
    assertEquals(2, counter.count(), counter.statements().toString());

    UserPage first = pages.get(0);
    assertEquals(List.of("first of 0", "second of 0"), first.posts().stream().map(v -> v.post().title()).toList());
    assertEquals(2, first.postsCount());
    assertEquals(Optional.of("bio of 0"), first.profile().map(Profile::bio));
    PostView post = first.posts().get(0);
    assertEquals(Optional.of(first.user()), post.user());
    assertEquals(List.of("java", "sql"), post.tags().stream().map(Tag::name).toList());
    assertEquals(List.of(4, 3, 2), post.comments().stream().map(Comment::rank).toList());
    if (roots > 1) {
      UserPage second = pages.get(1);
      assertEquals(List.of(), second.posts());
      assertEquals(0, second.postsCount());
      assertEquals(Optional.empty(), second.profile());
    }
  }

  @Test
  void ordersAndLimitsApplyToEachParent() {
    UserDao userDao = new UserDao(dsl);
    PostDao postDao = new PostDao(dsl);
    User alice = userDao.insert(new User(null, "Alice"));
    Post hello = userDao.createPost(alice, new Post(null, null, "Hello"));
    Post world = userDao.createPost(alice, new Post(null, null, "World"));
    for (int rank : new int[] {5, 1, 9, 7, 3}) {
      postDao.createComment(hello, new Comment(null, 0, "on hello", rank));
    }
    postDao.createComment(world, new Comment(null, 0, "on world", 2));
    for (String name : List.of("sql", "c", "java")) {
      postDao.createTag(hello, new Tag(null, name));
    }

    UserPage page = new UserPageLoader(dsl).load(alice);
    PostView helloView = page.posts().get(0);
    assertEquals(List.of(9, 7, 5), helloView.comments().stream().map(Comment::rank).toList(), "the three best of hello");
    assertEquals(List.of("c", "java", "sql"), helloView.tags().stream().map(Tag::name).toList());
    PostView worldView = page.posts().get(1);
    assertEquals(List.of(2), worldView.comments().stream().map(Comment::rank).toList(), "world's own, not cut by hello's");
    assertEquals(List.of(), worldView.tags());
  }

  @Test
  void aManyToManyInAGraph() {
    UserDao userDao = new UserDao(dsl);
    TagDao tagDao = new TagDao(dsl);
    User alice = userDao.insert(new User(null, "Alice"));
    Tag java = tagDao.insert(new Tag(null, "java"));
    Tag unused = tagDao.insert(new Tag(null, "unused"));
    Post b1 = userDao.createPost(alice, new Post(null, null, "B"));
    Post a = userDao.createPost(alice, new Post(null, null, "A"));
    Post b2 = userDao.createPost(alice, new Post(null, null, "B"));
    tagDao.addPosts(java, List.of(b1, a, b2));

    List<TagView> views = new TagViewLoader(dsl).load(List.of(java, unused));
    assertEquals(List.of(a, b2), views.get(0).posts(), "by title, then newest first; two at most");
    assertEquals(3, views.get(0).postsCount(), "the count is not cut by @Limit");
    assertEquals(List.of(), views.get(1).posts());
    assertEquals(0, views.get(1).postsCount());
  }

  @Test
  void duplicatesGiveOneGraphPerDistinctRootInInputOrder() {
    List<User> users = Blog.seed(dsl, 3);
    User first = users.get(0);
    User third = users.get(2);
    StatementCounter counter = new StatementCounter(dsl);
    List<UserPage> pages = new UserPageLoader(counter.dsl()).load(List.of(third, first, third, first));
    assertEquals(List.of(third, first), pages.stream().map(UserPage::user).toList());
    assertEquals(6, counter.count());
  }

  @Test
  void theGivenRowsAreTheRoots() {
    User alice = new UserDao(dsl).insert(new User(null, "Alice"));
    User renamedHere = new User(alice.id(), "Alice, as the caller has her");
    UserPage page = new UserPageLoader(dsl).load(renamedHere);
    assertSame(renamedHere, page.user(), "not read again");
  }

  @Test
  void findAllPagesTheRootsOnly() {
    Blog.seed(dsl, 6);
    Find page = Find.all().orderBy(USER_TABLE.NAME.desc()).limit(2).offset(1);
    List<UserPage> pages = new UserPageLoader(dsl).findAll(page);
    assertEquals(List.of("user 4", "user 3"), pages.stream().map(p -> p.user().name()).toList());
    assertEquals(2, pages.get(0).posts().size(), "user 4's posts are not cut by the page");
    assertEquals(3, pages.get(0).posts().get(0).comments().size());
  }

  @Test
  void findById() {
    List<User> users = Blog.seed(dsl, 2);
    StatementCounter counter = new StatementCounter(dsl);
    UserPageLoader loader = new UserPageLoader(counter.dsl());
    Optional<UserPage> found = loader.findById(users.get(0).id());
    assertEquals(Optional.of(users.get(0)), found.map(UserPage::user));
    assertEquals(2, found.get().postsCount());
    assertEquals(7, counter.count());
    counter.reset();
    assertEquals(Optional.empty(), loader.findById(-1L));
    assertEquals(1, counter.count(), "nothing more for a missing root");
  }

  @Test
  void aNotNullForeignKeyGivesAPlainRow() {
    List<User> users = Blog.seed(dsl, 1);
    List<Comment> comments = new CommentDao(dsl).findAll();
    List<CommentView> views = new CommentViewLoader(dsl).load(comments);
    assertEquals(comments.size(), views.size());
    Post post = views.get(0).post();
    assertEquals(users.get(0).id(), post.userId());
  }

  @Test
  void selfReferencingGraphs() {
    EmployeeDao employees = new EmployeeDao(dsl);
    Employee boss = employees.insert(new Employee(null, "Boss", null));
    Employee ann = employees.createReport(boss, new Employee(null, "Ann", null));
    Employee ben = employees.createReport(boss, new Employee(null, "Ben", null));
    Employee cid = employees.createReport(ann, new Employee(null, "Cid", null));

    EmployeeView annView = new EmployeeViewLoader(dsl).load(ann);
    assertEquals(Optional.of(boss), annView.manager());
    assertEquals(List.of(cid), annView.reports());
    assertEquals(1, annView.reportsCount());

    StatementCounter counter = new StatementCounter(dsl);
    ManagerView bossView = new ManagerViewLoader(counter.dsl()).load(boss);
    // the boss's reports (a null manager key sends nothing); then the reports' manager, reports and count
    assertEquals(1 + 3, counter.count(), counter.statements().toString());
    assertEquals(Optional.empty(), bossView.manager());
    assertEquals(List.of(ann, ben), bossView.reports().stream().map(EmployeeView::employee).toList());
    EmployeeView annUnderBoss = bossView.reports().get(0);
    assertEquals(Optional.of(boss), annUnderBoss.manager());
    assertEquals(List.of(cid), annUnderBoss.reports());
    assertEquals(0, bossView.reports().get(1).reportsCount());
  }

  @Test
  void badArgumentsSendNothing() {
    StatementCounter counter = new StatementCounter(dsl);
    UserPageLoader loader = new UserPageLoader(counter.dsl());
    NullPointerException nullUser = assertThrows(NullPointerException.class, () -> loader.load((User) null));
    assertEquals("user must not be null (UserPageLoader.load)", nullUser.getMessage());
    assertThrows(NullPointerException.class, () -> loader.load((List<User>) null));
    assertThrows(NullPointerException.class, () -> loader.findAll(null));
    assertThrows(NullPointerException.class, () -> loader.findById(null));
    IllegalArgumentException unsaved =
        assertThrows(IllegalArgumentException.class, () -> loader.load(List.of(new User(null, "x"))));
    assertTrue(unsaved.getMessage().startsWith("UserPageLoader.load: users element is a User with a null id"), unsaved.getMessage());
    assertEquals(List.of(), loader.load(List.of()));
    assertEquals(0, counter.count());
  }
}
