package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.it.scopes.Assignment;
import dev.relata.it.scopes.AssignmentDao;
import dev.relata.it.scopes.Comment;
import dev.relata.it.scopes.CommentDao;
import dev.relata.it.scopes.Membership;
import dev.relata.it.scopes.MembershipDao;
import dev.relata.it.scopes.Person;
import dev.relata.it.scopes.PersonDao;
import dev.relata.it.scopes.PersonPage;
import dev.relata.it.scopes.PersonPageLoader;
import dev.relata.it.scopes.Post;
import dev.relata.it.scopes.PostPage;
import dev.relata.it.scopes.PostPageLoader;
import dev.relata.it.scopes.Project;
import dev.relata.it.scopes.ProjectDao;
import dev.relata.it.scopes.RelataSchema;
import dev.relata.it.scopes.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chapters of DESIGN.md section 7 together: links ({@code getXLinks}, {@code addX(owner,
 * target, link)}, {@code List<Linked>} components) and a loader's {@code insert} on scoped
 * associations ({@code Person.ledProjects}: open projects, join rows of role lead and rank 1;
 * {@code Post.approvedComments}; {@code Person.reviewedProjects}, a through scope without unique
 * pairs). Each reads only rows in scope, writes the scope's values, and refuses a row out of it
 * before any SQL.
 */
class ScopedLinksTest {

  private final DSLContext dsl = SharedDatabase.dsl();
  private final StatementCounter counter = new StatementCounter(dsl);
  private final PersonDao people = new PersonDao(counter.dsl());
  private final ProjectDao projects = new ProjectDao(dsl);
  private final MembershipDao memberships = new MembershipDao(dsl);
  private final CommentDao comments = new CommentDao(dsl);
  private Person ann;
  private Project led;

  @BeforeEach
  void freshSchema() {
    SharedDatabase.fresh(dsl, RelataSchema.class, RelataSchema::drop, RelataSchema::create);
    ann = people.insert(new Person(null, "Ann"));
    led = projects.insert(new Project(null, "led", true));
    counter.reset();
  }

  private Membership link(Project project, String role, Integer rank) {
    return memberships.insert(
        new Membership(null, ann.id(), project.id(), role, rank == null ? null : rank.shortValue(), null, null));
  }

  @Test
  void getLinksSeesOnlyLinksInBothScopes() {
    Membership lead = link(led, "lead", 1);
    link(projects.insert(new Project(null, "member", true)), "member", null);
    link(projects.insert(new Project(null, "closed", false)), "lead", 1);
    link(projects.insert(new Project(null, "second", true)), "lead", 2);
    Person bob = people.insert(new Person(null, "Bob"));
    List<Linked<Project, Membership>> expected = List.of(new Linked<>(led, lead));
    counter.reset();
    assertEquals(expected, people.getLedProjectLinks(ann));
    assertEquals(expected, people.getLedProjectLinks(ann, Find.all().limit(5)));
    assertEquals(Map.of(ann, expected, bob, List.of()), people.getLedProjectLinks(List.of(ann, bob)));
    assertEquals(Map.of(ann, expected, bob, List.of()), people.getLedProjectLinks(List.of(ann, bob), Find.all()));
    assertEquals(
        Map.of(ann, expected, bob, List.of()), people.getLedProjectLinks(List.of(ann, bob), Find.all().limit(1)));
    assertEquals(5, counter.count(), "one statement each: " + counter.statements());
    assertEquals(4, people.getProjectLinks(ann).size(), "the unscoped association sees every link");
  }

  @Test
  void addWithALinkWritesTheThroughScopeInOneStatement() {
    Membership member = link(led, "member", null);
    counter.reset();
    Membership stored = people.addLedProject(ann, led, new Membership(null, null, null, null, null, null, null));
    assertEquals(1, counter.count(), "one statement: " + counter.statements());
    assertEquals(member.id(), stored.id(), "the pair's join row, updated");
    assertEquals("lead", stored.role(), "a member link added as lead becomes lead");
    assertEquals((short) 1, stored.rank());
    assertEquals(member.version() + 1, stored.version());
    assertEquals(List.of(new Linked<>(led, stored)), people.getLedProjectLinks(ann));
    Project fresh = projects.insert(new Project(null, "fresh", true));
    Membership inserted = people.addLedProject(ann, fresh, new Membership(null, ann.id(), null, "lead", null, null, null));
    assertEquals("lead", inserted.role());
    assertEquals((short) 1, inserted.rank());
    assertEquals(2, people.countLedProjects(ann));
  }

  @Test
  void addWithALinkRefusesATargetOrALinkOutOfScopeBeforeAnySql() {
    Project closed = projects.insert(new Project(null, "closed", false));
    counter.reset();
    IllegalArgumentException target =
        assertThrows(
            IllegalArgumentException.class,
            () -> people.addLedProject(ann, closed, new Membership(null, null, null, null, null, null, null)));
    assertEquals(
        "PersonDao.addLedProject: Project " + closed.id() + " is out of its scope: its open is not true (give it true or"
            + " null); nothing was changed",
        target.getMessage());
    IllegalArgumentException link =
        assertThrows(
            IllegalArgumentException.class,
            () -> people.addLedProject(ann, led, new Membership(null, null, null, "member", null, null, null)));
    assertEquals(
        "PersonDao.addLedProject: the new Membership is out of its scope: its role is not lead (give it lead or null);"
            + " nothing was changed",
        link.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> people.addLedProject(ann, led, new Membership(null, null, null, "lead", (short) 2, null, null)));
    assertEquals(0, counter.count(), counter.statements().toString());
    assertEquals(List.of(), memberships.findAll());
  }

  @Test
  void aGraphOfLinksReadsOnlyLinksInScope() {
    Membership lead = link(led, "lead", 1);
    link(projects.insert(new Project(null, "member", true)), "member", null);
    PersonPageLoader loader = new PersonPageLoader(counter.dsl());
    counter.reset();
    assertEquals(new PersonPage(ann, List.of(new Linked<>(led, lead)), List.of()), loader.load(ann));
    assertEquals(2, counter.count(), counter.statements().toString());
  }

  @Test
  void insertOfAGraphWritesTheScopesIntoTargetsAndJoinRows() {
    PersonPageLoader loader = new PersonPageLoader(counter.dsl());
    PersonPage given =
        new PersonPage(
            new Person(null, "Cleo"),
            List.of(
                new Linked<>(new Project(null, "new", null), new Membership(null, null, null, null, null, null, null)),
                new Linked<>(new Project(null, "open", true), new Membership(null, null, null, "lead", null, null, null))),
            List.of(new Project(null, "reviewed", false)));
    PersonPage stored = loader.insert(given);
    assertEquals(stored, loader.load(stored.person()), "read back: every row is in its scope");
    for (Linked<Project, Membership> linked : stored.ledProjects()) {
      assertEquals(true, linked.target().open());
      assertEquals("lead", linked.link().role());
      assertEquals((short) 1, linked.link().rank());
    }
    Project reviewed = stored.reviewedProjects().get(0);
    List<Assignment> assignments = new AssignmentDao(dsl).findAll();
    assertEquals(1, assignments.size());
    assertEquals("review", assignments.get(0).task(), "the join row of a through scope without unique pairs");
    assertEquals(reviewed.id(), assignments.get(0).projectId());
  }

  @Test
  void insertOfAGraphRefusesARowOutOfScopeBeforeAnySql() {
    PersonPageLoader loader = new PersonPageLoader(counter.dsl());
    PersonPage closedTarget =
        new PersonPage(
            new Person(null, "Cleo"),
            List.of(new Linked<>(new Project(null, "closed", false), new Membership(null, null, null, null, null, null, null))),
            List.of());
    PersonPage memberLink =
        new PersonPage(
            new Person(null, "Dan"),
            List.of(new Linked<>(new Project(null, "p", true), new Membership(null, null, null, "member", null, null, null))),
            List.of());
    counter.reset();
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class, () -> loader.insert(closedTarget));
    assertEquals(
        "PersonPageLoader.insert: a new Project is out of the association's scope: its open is not true (give it true or"
            + " null: insert fills it); nothing was sent",
        target.getMessage());
    IllegalArgumentException link = assertThrows(IllegalArgumentException.class, () -> loader.insert(memberLink));
    assertEquals(
        "PersonPageLoader.insert: a new Membership is out of the association's scope: its role is not lead (give it lead"
            + " or null: insert fills it); nothing was sent",
        link.getMessage());
    assertEquals(0, counter.count(), counter.statements().toString());
  }

  @Test
  void insertOfAScopedHasManyWritesItsValuesAndRefusesAnother() {
    PostPageLoader loader = new PostPageLoader(counter.dsl());
    PostPage stored =
        loader.insert(new PostPage(new Post(null, "Hi"), List.of(new Comment(null, "ok", null, null)), 0));
    Comment comment = stored.approvedComments().get(0);
    assertEquals(Status.APPROVED, comment.status());
    assertEquals(comment, comments.findById(comment.id()).orElseThrow());
    assertEquals(stored, loader.load(stored.post()));
    List<PostPage> many = new ArrayList<>();
    many.add(new PostPage(new Post(null, "x"), List.of(new Comment(null, "no", Status.PENDING, null)), 0));
    counter.reset();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loader.insert(many));
    assertEquals(
        "PostPageLoader.insert: a new Comment is out of the association's scope: its status is not APPROVED (give it"
            + " APPROVED or null: insert fills it); nothing was sent",
        e.getMessage());
    assertEquals(0, counter.count());
    assertEquals(0, dsl.fetchCount(DSL.table(DSL.name("blog_posts")), DSL.field(DSL.name("title")).eq("x")));
  }
}
