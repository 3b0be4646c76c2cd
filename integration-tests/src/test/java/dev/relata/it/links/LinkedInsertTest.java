package dev.relata.it.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Linked;
import dev.relata.it.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code XLoader.insert} of {@code List<Linked<T, L>>} components: the targets, then their links, keys filled. */
class LinkedInsertTest extends LinksDatabaseTest {

  private static UserGraph graph(String name) {
    return new UserGraph(
        new User(null, name),
        List.of(
            new Linked<>(new Project(null, "relata of " + name), new Membership(null, null, null, "lead", null, null, 5)),
            new Linked<>(new Project(null, "jooq of " + name), new Membership(null, null, null, "member", null, null, null))),
        List.of(
            new Linked<>(new Project(null, "b"), new Review(null, null, null, 4)),
            new Linked<>(new Project(null, "a"), new Review(null, null, null, 5))));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1_000})
  void storesTheTargetsAndTheirLinksInTwoStatementsPerComponent(int graphs) {
    List<UserGraph> given = new ArrayList<>();
    for (int i = 0; i < graphs; i++) {
      given.add(graph("user " + i));
    }
    StatementCounter counter = new StatementCounter(dsl);
    List<UserGraph> stored = new UserGraphLoader(counter.dsl()).insert(given);
    // users; projects, memberships; projects, reviews
    assertEquals(5, counter.count(), counter.statements().toString());

    UserGraph first = stored.get(0);
    Linked<Project, Membership> lead = first.projects().get(0);
    assertNotNull(lead.target().id());
    assertEquals(first.user().id(), lead.link().userId());
    assertEquals(lead.target().id(), lead.link().projectId());
    assertEquals("lead", lead.link().role());
    assertNotNull(lead.link().joinedAt(), "set by the database");
    assertEquals(0, lead.link().version(), "insert stores 0 whatever the link holds");
    assertEquals(List.of("b", "a"), first.reviewedProjects().stream().map(l -> l.target().name()).toList(),
        "every link given, in the order given: @Limit(1) shapes reads only");
    assertEquals(List.of(4, 5), first.reviewedProjects().stream().map(l -> l.link().score()).toList());
    assertEquals(first.projects(), new UserDao(dsl).getProjectLinks(first.user()));
    assertEquals(graphs * 2L, new MembershipDao(dsl).count());
  }

  @Test
  void aLinkWhoseKeysNameOtherRowsIsRefusedBeforeAnySql() {
    StatementCounter counter = new StatementCounter(dsl);
    UserGraphLoader loader = new UserGraphLoader(counter.dsl());
    IllegalArgumentException owner =
        assertThrows(IllegalArgumentException.class, () -> loader.insert(new UserGraph(new User(null, "a"),
            List.of(new Linked<>(new Project(null, "p"), new Membership(null, 77L, null, "lead", null, null, null))),
            List.of())));
    assertEquals(
        "UserGraphLoader.insert: UserGraph.projects holds a Membership whose userId names another User than the one"
            + " it is under; leave it unset: insert fills it",
        owner.getMessage());
    IllegalArgumentException target =
        assertThrows(IllegalArgumentException.class, () -> loader.insert(new UserGraph(new User(null, "a"),
            List.of(new Linked<>(new Project(3L, "p"), new Membership(null, null, 4L, "lead", null, null, null))),
            List.of())));
    assertEquals(
        "UserGraphLoader.insert: UserGraph.projects holds a Membership whose projectId names another Project than the"
            + " one it links; leave it unset: insert fills it",
        target.getMessage());
    assertEquals(0, counter.count());
  }
}
