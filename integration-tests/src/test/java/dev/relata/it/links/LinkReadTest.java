package dev.relata.it.links;

import static dev.relata.it.links.MembershipTable.MEMBERSHIP_TABLE;
import static dev.relata.it.links.ProjectTable.PROJECT_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Find;
import dev.relata.Linked;
import dev.relata.it.StatementCounter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code getProjectLinks}: each project with the membership linking it, for one user and for many
 * (one statement at 1 and at 1,000 users), with a {@code Find} whose condition and order use
 * either table and whose limit applies per user; and a graph of links. Expected values are
 * computed in Java from the rows stored.
 */
class LinkReadTest extends LinksDatabaseTest {

  private static final String[] ROLES = {"member", "lead", "guest"};

  private final StatementCounter counter = new StatementCounter(dsl);
  private final UserDao users = new UserDao(counter.dsl());
  private List<User> storedUsers;
  private List<Project> storedProjects;
  /** Every link stored, as getProjectLinks would return them: by user, then by project id. */
  private final Map<User, List<Linked<Project, Membership>>> expected = new LinkedHashMap<>();

  /** {@code count} users, 6 projects; user i is a member of project j where (i + j) % 3 != 0. */
  private void link(int count) {
    List<User> newUsers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      newUsers.add(new User(null, "user " + i));
    }
    storedUsers = new UserDao(dsl).insertAll(newUsers);
    List<Project> newProjects = new ArrayList<>();
    for (int j = 0; j < 6; j++) {
      newProjects.add(new Project(null, "project " + (char) ('f' - j)));
    }
    storedProjects = new ProjectDao(dsl).insertAll(newProjects);
    // The links stored in one insertAll (addProject, one statement a link, is LinkWriteTest's):
    // 1,000 users' links one by one would take most of this test's time.
    List<Membership> rows = new ArrayList<>();
    List<Project> targets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < 6; j++) {
        if ((i + j) % 3 != 0 && (count < 50 || i % 50 == 0 || j != 5)) {
          rows.add(new Membership(null, storedUsers.get(i).id(), storedProjects.get(j).id(),
              ROLES[(i + j) % ROLES.length], null, null, null));
          targets.add(storedProjects.get(j));
        }
      }
    }
    List<Membership> stored = new MembershipDao(dsl).insertAll(rows);
    storedUsers.forEach(user -> expected.put(user, new ArrayList<>()));
    Map<Long, User> byId = storedUsers.stream().collect(Collectors.toMap(User::id, user -> user));
    for (int k = 0; k < stored.size(); k++) {
      expected.get(byId.get(stored.get(k).userId())).add(new Linked<>(targets.get(k), stored.get(k)));
    }
    counter.reset();
  }

  @BeforeEach
  void none() {
    counter.reset();
  }

  @Test
  void theLinksOfOneUserInProjectIdOrder() {
    link(4);
    for (User user : storedUsers) {
      assertEquals(expected.get(user), users.getProjectLinks(user));
    }
    assertEquals(4, counter.count(), "one statement each");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000})
  void theLinksOfManyUsersInOneStatement(int count) {
    link(count);
    Map<User, List<Linked<Project, Membership>>> found = users.getProjectLinks(storedUsers);
    assertEquals(1, counter.count(), "one statement for " + count + " users");
    assertEquals(expected, found);
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(found.keySet()), "input order");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000})
  void aFindOnBothTablesPagedPerUserInOneStatement(int count) {
    link(count);
    // Leads and members, newest name first (project names run backwards), the first two of each user.
    Find find =
        Find.where(MEMBERSHIP_TABLE.ROLE.in("lead", "member")).orderBy(PROJECT_TABLE.NAME.asc()).limit(2);
    Map<User, List<Linked<Project, Membership>>> found = users.getProjectLinks(storedUsers, find);
    assertEquals(1, counter.count(), "one statement for " + count + " users");
    Map<User, List<Linked<Project, Membership>>> paged = new LinkedHashMap<>();
    expected.forEach(
        (user, links) ->
            paged.put(
                user,
                links.stream()
                    .filter(l -> List.of("lead", "member").contains(l.link().role()))
                    .sorted(Comparator.comparing((Linked<Project, Membership> l) -> l.target().name()))
                    .limit(2)
                    .toList()));
    assertEquals(paged, found);
  }

  @Test
  void aFindOrderedByTheLinkWithAnOffsetForOneUser() {
    link(3);
    User user = storedUsers.get(1);
    Find find = Find.all().orderBy(MEMBERSHIP_TABLE.ROLE.desc()).offset(1);
    List<Linked<Project, Membership>> byRole =
        expected.get(user).stream()
            .sorted(Comparator.comparing((Linked<Project, Membership> l) -> l.link().role()).reversed()
                .thenComparing(l -> l.target().id()))
            .skip(1)
            .toList();
    assertEquals(byRole, users.getProjectLinks(user, find));
    assertEquals(byRole, users.getProjectLinks(List.of(user), find).get(user));
    assertEquals(2, counter.count());
  }

  @Test
  void usersWithoutLinksHaveEmptyLists() {
    User nobody = new UserDao(dsl).insert(new User(null, "nobody"));
    counter.reset();
    assertEquals(List.of(), users.getProjectLinks(nobody));
    assertEquals(Map.of(nobody, List.of()), users.getProjectLinks(List.of(nobody, nobody)));
    assertEquals(Map.of(), users.getProjectLinks(List.of()));
    assertEquals(2, counter.count(), "an empty collection sends nothing");
  }

  @Test
  void pairsNotUniqueComeOncePerLinkInLinkOrder() {
    link(1);
    User user = storedUsers.get(0);
    Project project = storedProjects.get(0);
    UserDao adding = new UserDao(dsl);
    Review low = adding.addReviewedProject(user, project, new Review(null, null, null, 1));
    Review high = adding.addReviewedProject(user, project, new Review(null, null, null, 9));
    assertEquals(
        List.of(new Linked<>(project, low), new Linked<>(project, high)), users.getReviewedProjectLinks(user));
  }

  @Test
  void badInputIsRefusedBeforeAnySql() {
    IllegalArgumentException unsaved =
        assertThrows(IllegalArgumentException.class, () -> users.getProjectLinks(new User(null, "x")));
    assertEquals(
        "UserDao.getProjectLinks: user is a User with a null id, so it is not stored yet; insert it first",
        unsaved.getMessage());
    assertThrows(NullPointerException.class, () -> users.getProjectLinks((User) null));
    assertThrows(NullPointerException.class, () -> users.getProjectLinks(new User(1L, "x"), null));
    List<User> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> users.getProjectLinks(withNull));
    assertEquals(0, counter.count());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000})
  void aGraphOfLinksIsOneStatementPerComponent(int count) {
    link(count);
    UserDao adding = new UserDao(dsl);
    for (User user : storedUsers.subList(0, Math.min(count, 3))) {
      adding.addReviewedProject(user, storedProjects.get(2), new Review(null, null, null, 4));
      adding.addReviewedProject(user, storedProjects.get(0), new Review(null, null, null, 2));
    }
    StatementCounter loaderCounter = new StatementCounter(dsl);
    List<UserGraph> graphs = new UserGraphLoader(loaderCounter.dsl()).load(storedUsers);
    assertEquals(2, loaderCounter.count(), "one statement per component: " + loaderCounter.statements());
    for (UserGraph graph : graphs) {
      assertEquals(expected.get(graph.user()), graph.projects());
      Predicate<UserGraph> reviewed = g -> storedUsers.indexOf(g.user()) < 3;
      List<String> best = graph.reviewedProjects().stream().map(l -> l.target().name()).collect(Collectors.toList());
      // Project names run backwards: project 0 is "f", project 2 is "d", so "d" comes first.
      assertEquals(reviewed.test(graph) ? List.of(storedProjects.get(2).name()) : List.of(), best);
    }
  }
}
