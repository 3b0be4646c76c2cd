package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.scopes.Assignment;
import dev.relata.it.scopes.AssignmentDao;
import dev.relata.it.scopes.Comment;
import dev.relata.it.scopes.CommentDao;
import dev.relata.it.scopes.CommentTable;
import dev.relata.it.scopes.Membership;
import dev.relata.it.scopes.MembershipDao;
import dev.relata.it.scopes.MembershipTable;
import dev.relata.it.scopes.Person;
import dev.relata.it.scopes.PersonDao;
import dev.relata.it.scopes.Post;
import dev.relata.it.scopes.PostDao;
import dev.relata.it.scopes.PostPage;
import dev.relata.it.scopes.PostPageLoader;
import dev.relata.it.scopes.Profile;
import dev.relata.it.scopes.ProfileDao;
import dev.relata.it.scopes.Project;
import dev.relata.it.scopes.ProjectDao;
import dev.relata.it.scopes.RelataSchema;
import dev.relata.it.scopes.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Association scopes (DESIGN.md section 7): every method of a scoped association reads and writes
 * only rows in scope, refuses a row out of it before any SQL, and stays one statement per batch.
 * {@code Post.approvedComments} ({@code @HasMany}, an enum), {@code Person.profile} ({@code
 * @HasOne}, a boolean), {@code Person.ledProjects} ({@code @BelongsToMany} with a target scope and a
 * two-part through scope, unique pairs) and {@code Person.reviewedProjects} (a through scope
 * without unique pairs).
 */
class ScopesTest {

  private final DSLContext dsl = SharedDatabase.dsl();
  private final StatementCounter counter = new StatementCounter(dsl);
  private final PostDao posts = new PostDao(counter.dsl());
  private final CommentDao comments = new CommentDao(dsl);
  private final PersonDao people = new PersonDao(counter.dsl());
  private final ProfileDao profiles = new ProfileDao(dsl);
  private final ProjectDao projects = new ProjectDao(dsl);
  private final MembershipDao memberships = new MembershipDao(dsl);
  private final AssignmentDao assignments = new AssignmentDao(dsl);
  private Post post;
  private Comment approved;
  private Comment pending;
  private Comment unmoderated;

  @BeforeEach
  void freshSchema() {
    SharedDatabase.fresh(dsl, RelataSchema.class, RelataSchema::drop, RelataSchema::create);
    post = posts.insert(new Post(null, "Hello"));
    approved = comments.insert(new Comment(null, "yes", Status.APPROVED, post.id()));
    pending = comments.insert(new Comment(null, "maybe", Status.PENDING, post.id()));
    unmoderated = comments.insert(new Comment(null, "new", null, post.id()));
    counter.reset();
  }

  private Comment stored(Comment comment) {
    return comments.findById(comment.id()).orElseThrow();
  }

  // @HasMany(where = ...)

  @Test
  void hasManyReadsOnlyRowsInScope() {
    Post other = posts.insert(new Post(null, "Other"));
    assertEquals(List.of(approved), posts.getApprovedComments(post));
    assertEquals(List.of(approved, pending, unmoderated), posts.getComments(post), "the unscoped association sees all");
    assertEquals(1, posts.countApprovedComments(post));
    assertEquals(Map.of(post, List.of(approved), other, List.of()), posts.getApprovedComments(List.of(post, other)));
    assertEquals(Map.of(post, 1L, other, 0L), posts.countApprovedComments(List.of(post, other)));
    Find page = Find.where(CommentTable.COMMENT_TABLE.BODY.ne("nothing")).limit(5);
    assertEquals(List.of(approved), posts.getApprovedComments(post, page));
    assertEquals(Map.of(post, List.of(approved), other, List.of()), posts.getApprovedComments(List.of(post, other), page));
    assertEquals(Map.of(post, List.of(approved), other, List.of()), posts.getApprovedComments(List.of(post, other), Find.all()));
    assertEquals(0, posts.countApprovedComments(post, CommentTable.COMMENT_TABLE.BODY.eq("maybe")));
    assertEquals(Map.of(post, 1L, other, 0L), posts.countApprovedComments(List.of(post, other), DSL.trueCondition()));
    assertTrue(posts.hasApprovedComment(post, approved));
    assertFalse(posts.hasApprovedComment(post, pending), "linked, but out of scope");
    assertFalse(posts.hasApprovedComments(post, List.of(approved, unmoderated)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000})
  void hasManyBatchReadsAreOneStatementEach(int parents) {
    List<Post> many = new ArrayList<>();
    for (int i = 0; i < parents; i++) {
      many.add(i == 0 ? post : new Post(post.id() + i, "p" + i)); // only the first is stored: the others have none
    }
    counter.reset();
    assertEquals(List.of(approved), posts.getApprovedComments(many).get(post));
    assertEquals(1, counter.count(), counter.statements().toString());
    counter.reset();
    assertEquals(1L, posts.countApprovedComments(many).get(post));
    assertEquals(1, counter.count(), counter.statements().toString());
    counter.reset();
    assertEquals(List.of(approved), posts.getApprovedComments(many, Find.all().limit(2)).get(post));
    assertEquals(1, counter.count(), counter.statements().toString());
    counter.reset();
    assertEquals(List.of(approved), posts.getApprovedComments(many, Find.all()).get(post));
    assertEquals(1, counter.count(), counter.statements().toString());
  }

  @Test
  void hasManyCreateAndAddWriteTheScope() {
    Comment created = posts.createApprovedComment(post, new Comment(null, "fine", null, null));
    assertEquals(Status.APPROVED, created.status());
    assertEquals(post.id(), created.postId());
    Comment loose = comments.insert(new Comment(null, "loose", null, null));
    posts.addApprovedComment(post, loose);
    assertEquals(new Comment(loose.id(), "loose", Status.APPROVED, post.id()), stored(loose));
    Comment two = comments.insert(new Comment(null, "two", Status.APPROVED, null));
    posts.addApprovedComments(post, List.of(unmoderated, two));
    assertEquals(Status.APPROVED, stored(unmoderated).status());
    assertEquals(List.of(approved, unmoderated, loose, two, created).stream().map(Comment::id).sorted().toList(),
        posts.getApprovedComments(post).stream().map(Comment::id).toList());
  }

  @Test
  void hasManyRefusesARowOutOfScopeBeforeAnySql() {
    counter.reset();
    IllegalArgumentException add = assertThrows(IllegalArgumentException.class, () -> posts.addApprovedComment(post, pending));
    assertEquals(
        "PostDao.addApprovedComment: Comment " + pending.id() + " is out of its scope: its status is not APPROVED (give"
            + " it APPROVED or null); nothing was changed",
        add.getMessage());
    assertFalse(add.getMessage().contains("maybe"), "never a row's values");
    IllegalArgumentException addAll =
        assertThrows(IllegalArgumentException.class, () -> posts.addApprovedComments(post, List.of(unmoderated, pending)));
    assertTrue(addAll.getMessage().startsWith("PostDao.addApprovedComments: Comment " + pending.id()), addAll.getMessage());
    IllegalArgumentException create =
        assertThrows(
            IllegalArgumentException.class,
            () -> posts.createApprovedComment(post, new Comment(null, "secret", Status.PENDING, null)));
    assertTrue(create.getMessage().startsWith("PostDao.createApprovedComment: the new Comment is out of its scope: its status"), create.getMessage());
    assertThrows(IllegalArgumentException.class, () -> posts.setApprovedComments(post, List.of(pending)));
    assertEquals(0, counter.count(), counter.statements().toString());
    assertEquals(Status.PENDING, stored(pending).status());
    assertEquals(Status.APPROVED, stored(approved).status());
  }

  @Test
  void hasManyRemoveAndSetTouchOnlyRowsInScope() {
    posts.removeApprovedComment(post, pending);
    assertEquals(post.id(), stored(pending).postId(), "out of scope: not removed");
    posts.removeApprovedComments(post, List.of(approved, unmoderated));
    assertEquals(null, stored(approved).postId());
    assertEquals(post.id(), stored(unmoderated).postId());

    Comment again = posts.createApprovedComment(post, new Comment(null, "again", null, null));
    Comment fresh = comments.insert(new Comment(null, "fresh", null, null));
    posts.setApprovedComments(post, List.of(fresh));
    assertEquals(List.of(stored(fresh)), posts.getApprovedComments(post));
    assertEquals(Status.APPROVED, stored(fresh).status());
    assertEquals(null, stored(again).postId(), "in scope, not in the set: unlinked");
    assertEquals(post.id(), stored(pending).postId(), "out of scope: left as it was");
    assertEquals(post.id(), stored(unmoderated).postId(), "out of scope: left as it was");
    posts.setApprovedComments(post, List.of());
    assertEquals(List.of(), posts.getApprovedComments(post));
    assertEquals(2, posts.countComments(post));
  }

  @Test
  void aGraphNamingTheScopedAssociationUsesIt() {
    PostPageLoader loader = new PostPageLoader(counter.dsl());
    counter.reset();
    PostPage page = loader.load(post);
    assertEquals(new PostPage(post, List.of(approved), 1), page);
    assertEquals(2, counter.count(), "one statement per component: " + counter.statements());
    List<Post> many = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      many.add(i == 0 ? post : new Post(post.id() + i, "p" + i));
    }
    counter.reset();
    List<PostPage> pages = loader.load(many);
    assertEquals(new PostPage(post, List.of(approved), 1), pages.get(0));
    assertEquals(new PostPage(many.get(1), List.of(), 0), pages.get(1));
    assertEquals(2, counter.count(), "one statement per component, whatever the number of roots");
  }

  // @HasOne(where = ...)

  @Test
  void hasOneIsAViewOfTheParentsOneRow() {
    Person ann = people.insert(new Person(null, "Ann"));
    Person bob = people.insert(new Person(null, "Bob"));
    Profile hidden = profiles.insert(new Profile(null, ann.id(), false, "hidden"));
    Profile shown = profiles.insert(new Profile(null, bob.id(), true, "shown"));
    assertEquals(Optional.empty(), people.getProfile(ann), "out of scope");
    assertEquals(Optional.of(shown), people.getProfile(bob));
    counter.reset();
    assertEquals(Map.of(bob, shown), people.getProfile(List.of(ann, bob)));
    assertEquals(1, counter.count());

    // create unlinks the parent's row whatever its scope, so that the key stays unique
    Profile created = people.createProfile(ann, new Profile(null, null, null, "new"));
    assertEquals(true, created.visible());
    assertEquals(null, profiles.findById(hidden.id()).orElseThrow().personId());
    assertEquals(Optional.of(created), people.getProfile(ann));

    // set likewise; the given row is written into scope
    Profile spare = profiles.insert(new Profile(null, null, null, "spare"));
    people.setProfile(ann, spare);
    assertEquals(Optional.of(new Profile(spare.id(), ann.id(), true, "spare")), people.getProfile(ann));
    assertEquals(null, profiles.findById(created.id()).orElseThrow().personId());
    Profile invisible = profiles.insert(new Profile(null, null, false, "no"));
    counter.reset();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> people.setProfile(ann, invisible));
    assertTrue(e.getMessage().contains("Profile " + invisible.id()) && e.getMessage().contains("visible"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> people.createProfile(ann, new Profile(null, null, false, "no")));
    assertEquals(0, counter.count());
    people.setProfile(ann, null);
    assertEquals(Optional.empty(), people.getProfile(ann));
    assertEquals(null, profiles.findById(spare.id()).orElseThrow().personId());
  }

  // @BelongsToMany(where = ..., throughWhere = ...)

  private Membership link(Person person, Project project, String role, Integer rank) {
    return memberships.insert(
        new Membership(null, person.id(), project.id(), role, rank == null ? null : rank.shortValue(), null, null));
  }

  private List<Membership> linksOf(Person person) {
    return memberships.findAll(MembershipTable.MEMBERSHIP_TABLE.PERSON_ID.eq(person.id()));
  }

  @Test
  void belongsToManyReadsOnlyLinksInBothScopes() {
    Person ann = people.insert(new Person(null, "Ann"));
    Person bob = people.insert(new Person(null, "Bob"));
    Project led = projects.insert(new Project(null, "led", true));
    Project member = projects.insert(new Project(null, "member", true));
    Project closed = projects.insert(new Project(null, "closed", false));
    Project secondRank = projects.insert(new Project(null, "second", true));
    link(ann, led, "lead", 1);
    link(ann, member, "member", null);
    link(ann, closed, "lead", 1);
    link(ann, secondRank, "lead", 2);
    assertEquals(List.of(led), people.getLedProjects(ann));
    assertEquals(List.of(led, member, closed, secondRank), people.getProjects(ann));
    assertEquals(1, people.countLedProjects(ann));
    assertEquals(Map.of(ann, List.of(led), bob, List.of()), people.getLedProjects(List.of(ann, bob)));
    assertEquals(Map.of(ann, 1L, bob, 0L), people.countLedProjects(List.of(ann, bob)));
    assertEquals(List.of(led), people.getLedProjects(ann, Find.all().limit(3)));
    assertEquals(Map.of(ann, List.of(led), bob, List.of()), people.getLedProjects(List.of(ann, bob), Find.all().limit(3)));
    assertEquals(Map.of(ann, 1L, bob, 0L), people.countLedProjects(List.of(ann, bob), DSL.trueCondition()));
    assertTrue(people.hasLedProject(ann, led));
    assertFalse(people.hasLedProject(ann, member), "a member link is out of the through scope");
    assertFalse(people.hasLedProject(ann, closed), "a closed project is out of the target scope");
    assertFalse(people.hasLedProjects(ann, List.of(led, secondRank)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000})
  void belongsToManyBatchReadsAreOneStatementEach(int parents) {
    Person ann = people.insert(new Person(null, "Ann"));
    Project led = projects.insert(new Project(null, "led", true));
    link(ann, led, "lead", 1);
    List<Person> many = new ArrayList<>();
    for (int i = 0; i < parents; i++) {
      many.add(i == 0 ? ann : new Person(ann.id() + i, "p" + i));
    }
    counter.reset();
    assertEquals(List.of(led), people.getLedProjects(many).get(ann));
    assertEquals(1L, people.countLedProjects(many).get(ann));
    assertEquals(List.of(led), people.getLedProjects(many, Find.all().limit(1)).get(ann));
    assertEquals(List.of(), people.getReviewedProjects(many).get(ann));
    assertEquals(4, counter.count(), counter.statements().toString());
  }

  @Test
  void belongsToManyAddWritesTheThroughScopeIntoNewAndExistingJoinRows() {
    Person ann = people.insert(new Person(null, "Ann"));
    Project member = projects.insert(new Project(null, "member", true));
    Project fresh = projects.insert(new Project(null, "fresh", true));
    Membership asMember = link(ann, member, "member", null);
    counter.reset();
    people.addLedProjects(ann, List.of(member, fresh));
    assertEquals(1, counter.count(), "one statement: " + counter.statements());
    List<Membership> links = linksOf(ann);
    assertEquals(2, links.size(), "a pair linked already stays one link: " + links);
    for (Membership link : links) {
      assertEquals("lead", link.role());
      assertEquals((short) 1, link.rank());
    }
    Membership promoted = memberships.findById(asMember.id()).orElseThrow();
    assertEquals(asMember.version() + 1, promoted.version(), "the existing join row was changed once");
    assertEquals(List.of(member, fresh), people.getLedProjects(ann));
    people.addLedProject(ann, member);
    assertEquals(promoted.version(), memberships.findById(asMember.id()).orElseThrow().version(), "in scope already: not rewritten");
    assertEquals(new Project(member.id(), "member", true), projects.findById(member.id()).orElseThrow(), "targets never change");
  }

  @Test
  void belongsToManyRefusesATargetOutOfScopeBeforeAnySql() {
    Person ann = people.insert(new Person(null, "Ann"));
    Project closed = projects.insert(new Project(null, "closed", false));
    counter.reset();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> people.addLedProject(ann, closed));
    assertEquals(
        "PersonDao.addLedProject: Project " + closed.id() + " is out of its scope: its open is not true (give it true or"
            + " null); nothing was changed",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> people.addLedProjects(ann, List.of(closed)));
    assertThrows(IllegalArgumentException.class, () -> people.setLedProjects(ann, List.of(closed)));
    assertThrows(IllegalArgumentException.class, () -> people.createLedProject(ann, new Project(null, "x", false)));
    assertEquals(0, counter.count(), counter.statements().toString());
    assertEquals(List.of(), linksOf(ann));
    // A target whose scoped component is null is linked, and not changed.
    Project undecided = projects.insert(new Project(null, "undecided", null));
    people.addLedProject(ann, undecided);
    assertEquals(undecided, projects.findById(undecided.id()).orElseThrow());
    assertEquals(List.of(), people.getLedProjects(ann), "linked, but out of the target scope until it is open");
  }

  @Test
  void belongsToManyCreateRemoveAndSetStayInScope() {
    Person ann = people.insert(new Person(null, "Ann"));
    Project created = people.createLedProject(ann, new Project(null, "new", null));
    assertEquals(true, created.open());
    assertEquals(List.of(created), people.getLedProjects(ann));
    Project member = projects.insert(new Project(null, "member", true));
    Project other = projects.insert(new Project(null, "other", true));
    link(ann, member, "member", null);

    people.removeLedProject(ann, member);
    assertEquals(2, linksOf(ann).size(), "a member link is out of scope: not removed");
    people.setLedProjects(ann, List.of(other));
    assertEquals(List.of(other), people.getLedProjects(ann));
    assertEquals(List.of(member, other), people.getProjects(ann), "the lead link of created went, the member one stayed");
    people.setLedProjects(ann, List.of(member));
    assertEquals(List.of(member), people.getLedProjects(ann), "set promotes the member link");
    assertEquals(List.of(member), people.getProjects(ann));
    people.removeLedProjects(ann, List.of(member));
    assertEquals(List.of(), people.getProjects(ann));
  }

  @Test
  void throughScopeWithoutUniquePairs() {
    Person ann = people.insert(new Person(null, "Ann"));
    Project p = projects.insert(new Project(null, "p", true));
    Project q = projects.insert(new Project(null, "q", true));
    assignments.insert(new Assignment(null, ann.id(), p.id(), "build"));
    assertEquals(List.of(), people.getReviewedProjects(ann));
    people.addReviewedProjects(ann, List.of(p, q));
    assertEquals(List.of(p, q), people.getReviewedProjects(ann));
    List<Assignment> rows = assignments.findAll();
    assertEquals(2, rows.size(), "the existing pair's row became a review: " + rows);
    assertTrue(rows.stream().allMatch(a -> a.task().equals("review")), rows.toString());
    people.addReviewedProject(ann, p);
    assertEquals(2, assignments.count());
    people.setReviewedProjects(ann, List.of(q));
    assertEquals(List.of(q), people.getReviewedProjects(ann));
    assertEquals(1, assignments.count());
  }

  // the schema

  @Test
  void theSchemaKnowsNothingOfScopes() {
    RelataSchema.validate(dsl);
    assertEquals(List.of(), RelataSchema.diff(dsl));
    String ddl = String.join("\n", RelataSchema.ddl());
    for (String scopeValue : List.of("APPROVED", "'lead'", "review", "check")) {
      assertFalse(ddl.contains(scopeValue), scopeValue + " in " + ddl);
    }
  }
}
