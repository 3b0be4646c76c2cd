package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.scopes.Comment;
import dev.relata.it.scopes.CommentDao;
import dev.relata.it.scopes.Person;
import dev.relata.it.scopes.PersonDao;
import dev.relata.it.scopes.Post;
import dev.relata.it.scopes.PostDao;
import dev.relata.it.scopes.Profile;
import dev.relata.it.scopes.ProfileDao;
import dev.relata.it.scopes.Project;
import dev.relata.it.scopes.ProjectDao;
import dev.relata.it.scopes.RelataSchema;
import dev.relata.it.scopes.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.conf.SettingsTools;
import org.junit.jupiter.api.Test;

/**
 * docs/scopes.md shows, for each method it describes, the statements that method sends: this
 * runs each on PostgreSQL, records what jOOQ sends (formatted), and holds the page's {@code sql}
 * blocks equal to them, in order.
 */
class ScopesSqlDocsTest {

  private static final Path PAGE = Path.of(System.getProperty("basedir", "."), "..", "docs", "scopes.md");
  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL);

  /** Ends the transaction each call runs in: every call starts from the same rows. */
  private static final class Rollback extends RuntimeException {
    Rollback() {
      super(null, null, false, false);
    }
  }

  /** The rows a call works on, and DAOs whose statements are recorded. */
  private record Rows(
      PostDao posts, PersonDao people, Post post, Comment approved, Comment pending, Comment loose, Person ann,
      Profile spare, Project led, Project open) {}

  @Test
  void thePageShowsTheStatementsEachMethodSends() throws IOException {
    DSLContext dsl = SharedDatabase.dsl();
    SharedDatabase.fresh(dsl, RelataSchema.class, RelataSchema::drop, RelataSchema::create);
    Map<String, Consumer<Rows>> calls = new LinkedHashMap<>();
    calls.put("getApprovedComments(post)", r -> r.posts().getApprovedComments(r.post()));
    calls.put("getApprovedComments(posts)", r -> r.posts().getApprovedComments(List.of(r.post())));
    calls.put("countApprovedComments(post)", r -> r.posts().countApprovedComments(r.post()));
    calls.put("hasApprovedComment(post, comment)", r -> r.posts().hasApprovedComment(r.post(), r.approved()));
    calls.put(
        "createApprovedComment(post, comment)",
        r -> r.posts().createApprovedComment(r.post(), new Comment(null, "new", null, null)));
    calls.put("addApprovedComment(post, comment)", r -> r.posts().addApprovedComment(r.post(), r.loose()));
    calls.put("removeApprovedComment(post, comment)", r -> r.posts().removeApprovedComment(r.post(), r.approved()));
    calls.put("setApprovedComments(post, comments)", r -> r.posts().setApprovedComments(r.post(), List.of(r.loose())));
    calls.put("getProfile(person)", r -> r.people().getProfile(r.ann()));
    calls.put("setProfile(person, profile)", r -> r.people().setProfile(r.ann(), r.spare()));
    calls.put("getLedProjects(person)", r -> r.people().getLedProjects(r.ann()));
    calls.put("countLedProjects(person)", r -> r.people().countLedProjects(r.ann()));
    calls.put("addLedProject(person, project)", r -> r.people().addLedProject(r.ann(), r.open()));
    calls.put("removeLedProject(person, project)", r -> r.people().removeLedProject(r.ann(), r.led()));
    calls.put("setLedProjects(person, projects)", r -> r.people().setLedProjects(r.ann(), List.of(r.open())));

    List<String> sent = new ArrayList<>();
    for (Map.Entry<String, Consumer<Rows>> call : calls.entrySet()) {
      try {
        dsl.transaction(
            tx -> {
              DSLContext inTx = tx.dsl();
              Rows rows = rows(inTx);
              StatementCounter counter =
                  new StatementCounter(inTx.configuration().derive(SettingsTools.clone(inTx.settings()).withRenderFormatted(true)).dsl());
              call.getValue().accept(
                  new Rows(
                      new PostDao(counter.dsl()), new PersonDao(counter.dsl()), rows.post(), rows.approved(),
                      rows.pending(), rows.loose(), rows.ann(), rows.spare(), rows.led(), rows.open()));
              StringBuilder block = new StringBuilder("-- ").append(call.getKey()).append('\n');
              for (String statement : counter.statements()) {
                block.append(statement.strip()).append(";\n");
              }
              sent.add(block.toString());
              throw new Rollback();
            });
      } catch (Rollback expected) {
        // the rows are gone with the transaction
      }
    }
    List<String> shown = new ArrayList<>();
    Matcher blocks = SQL_BLOCK.matcher(Files.readString(PAGE));
    while (blocks.find()) {
      shown.add(blocks.group(1));
    }
    assertEquals(String.join("\n", sent), String.join("\n", shown), "docs/scopes.md's sql blocks");
  }

  private static Rows rows(DSLContext dsl) {
    PostDao posts = new PostDao(dsl);
    CommentDao comments = new CommentDao(dsl);
    PersonDao people = new PersonDao(dsl);
    ProjectDao projects = new ProjectDao(dsl);
    Post post = posts.insert(new Post(null, "Hello"));
    Comment approved = comments.insert(new Comment(null, "yes", Status.APPROVED, post.id()));
    Comment pending = comments.insert(new Comment(null, "maybe", Status.PENDING, post.id()));
    Comment loose = comments.insert(new Comment(null, "loose", null, null));
    Person ann = people.insert(new Person(null, "Ann"));
    new ProfileDao(dsl).insert(new Profile(null, ann.id(), false, "hidden"));
    Profile spare = new ProfileDao(dsl).insert(new Profile(null, null, null, "spare"));
    Project led = projects.insert(new Project(null, "led", true));
    Project open = projects.insert(new Project(null, "open", true));
    people.addLedProject(ann, led);
    return new Rows(posts, people, post, approved, pending, loose, ann, spare, led, open);
  }
}
