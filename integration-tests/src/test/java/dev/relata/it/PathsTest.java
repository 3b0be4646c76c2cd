package dev.relata.it;

import static dev.relata.it.model.EmployeeTable.EMPLOYEE_TABLE;
import static dev.relata.it.model.PostTable.POST_TABLE;
import static dev.relata.it.model.TagTable.TAG_TABLE;
import static dev.relata.it.model.UserTable.USER_TABLE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.model.Employee;
import dev.relata.it.model.EmployeeDao;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.ProfileDao;
import dev.relata.it.model.Tag;
import dev.relata.it.model.TagDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of the generated tables on real rows: to-one ({@code @BelongsTo}, {@code @HasOne})
 * as implicit joins, to-many ({@code @HasMany}, {@code @BelongsToMany}) as path correlation, a
 * self-reference twice over. docs/tables-and-joins.md shows these queries with the SQL
 * jOOQ renders for them; {@link #theManualShowsTheSqlJooqRenders} keeps the two equal.
 */
class PathsTest extends DatabaseTest {

  private final UserDao users = new UserDao(dsl);
  private final PostDao posts = new PostDao(dsl);
  private final TagDao tags = new TagDao(dsl);
  private User alice;
  private User bob;
  private Post hello;
  private Post world;
  private Post draft;

  @BeforeEach
  void rows() {
    alice = users.insert(new User(null, "Alice"));
    bob = users.insert(new User(null, "Bob"));
    hello = posts.insert(new Post(null, alice.id(), bob.id(), "Hello"));
    world = posts.insert(new Post(null, alice.id(), null, "World"));
    draft = posts.insert(new Post(null, bob.id(), null, "Draft"));
    Tag java = tags.insert(new Tag(null, "java"));
    Tag sql = tags.insert(new Tag(null, "sql"));
    posts.addTags(hello, List.of(java, sql));
    posts.addTag(draft, sql);
    new ProfileDao(dsl).insert(new Profile(null, bob.id(), "Bob's bio"));
  }

  /** {@code dsl.select(POST_TABLE.TITLE, POST_TABLE.user().NAME).from(POST_TABLE)} */
  private ResultQuery<Record2<String, String>> titlesAndAuthors() {
    return dsl.select(POST_TABLE.TITLE, POST_TABLE.user().NAME).from(POST_TABLE).orderBy(POST_TABLE.ID);
  }

  /** {@code select(USER_TABLE.NAME, multiset(select(USER_TABLE.posts().TITLE).from(USER_TABLE.posts())))} */
  private ResultQuery<Record2<String, Result<Record1<String>>>> usersWithTitles() {
    return dsl.select(
            USER_TABLE.NAME,
            multiset(select(USER_TABLE.posts().TITLE).from(USER_TABLE.posts()).orderBy(USER_TABLE.posts().ID)))
        .from(USER_TABLE)
        .orderBy(USER_TABLE.ID);
  }

  @Test
  void toOnePathsJoinImplicitly() {
    assertEquals(
        List.of("Hello by Alice", "World by Alice", "Draft by Bob"),
        titlesAndAuthors().fetch(row -> row.value1() + " by " + row.value2()));
    assertEquals(List.of(hello, world), posts.findAll(POST_TABLE.user().NAME.eq("Alice")));
    // the second foreign key to users, and a @HasOne
    assertEquals(List.of(hello), posts.findAll(POST_TABLE.editor().NAME.eq("Bob")));
    assertEquals(List.of(bob), users.findAll(USER_TABLE.profile().BIO.eq("Bob's bio")));
  }

  @Test
  void toManyPathsCorrelate() {
    assertEquals(List.of(hello), posts.findAll(exists(selectOne().from(POST_TABLE.tags()).where(POST_TABLE.tags().NAME.eq("java")))));
    assertEquals(
        List.of(hello, draft), posts.findAll(exists(selectOne().from(POST_TABLE.tags()).where(POST_TABLE.tags().NAME.eq("sql")))));
    assertEquals(
        List.of("sql"),
        tags.findAll(exists(selectOne().from(TAG_TABLE.posts()).where(TAG_TABLE.posts().TITLE.eq("Draft"))))
            .stream().map(Tag::name).toList());
    Map<String, List<String>> titles =
        usersWithTitles().fetchMap(row -> row.value1(), row -> row.value2().map(Record1::value1));
    assertEquals(Map.of("Alice", List.of("Hello", "World"), "Bob", List.of("Draft")), titles);
  }

  @Test
  void selfReferenceTwiceOver() {
    EmployeeDao employees = new EmployeeDao(dsl);
    Employee boss = employees.insert(new Employee(null, "Boss", null));
    Employee ann = employees.createReport(boss, new Employee(null, "Ann", null));
    Employee ben = employees.createReport(ann, new Employee(null, "Ben", null));
    assertEquals(
        List.of("Ben"),
        dsl.select(EMPLOYEE_TABLE.NAME)
            .from(EMPLOYEE_TABLE)
            .where(EMPLOYEE_TABLE.manager().manager().NAME.eq("Boss"))
            .fetch(Record1::value1));
    assertEquals(
        List.of("Ann reports to Boss", "Ben reports to Ann"),
        dsl.select(EMPLOYEE_TABLE.NAME, EMPLOYEE_TABLE.manager().NAME)
            .from(EMPLOYEE_TABLE)
            .where(EMPLOYEE_TABLE.MANAGER_ID.isNotNull())
            .orderBy(EMPLOYEE_TABLE.ID)
            .fetch(row -> row.value1() + " reports to " + row.value2()));
    assertEquals(List.of(boss, ann), employees.findAll(exists(selectOne().from(EMPLOYEE_TABLE.reports()))));
  }

  @Test
  void theManualShowsTheSqlJooqRenders() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "tables-and-joins.md"));
    DSLContext formatted = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderFormatted(true));
    List<String> missing = new ArrayList<>();
    for (Query query :
        List.of(
            dsl.select(POST_TABLE.TITLE, POST_TABLE.user().NAME).from(POST_TABLE),
            dsl.selectFrom(POST_TABLE)
                .where(exists(selectOne().from(POST_TABLE.tags()).where(POST_TABLE.tags().NAME.eq("java")))),
            dsl.select(USER_TABLE.NAME, multiset(select(USER_TABLE.posts().TITLE).from(USER_TABLE.posts())))
                .from(USER_TABLE))) {
      String sql = formatted.renderInlined(query);
      if (!page.contains(sql)) {
        missing.add(sql);
      }
    }
    assertEquals(List.of(), missing, "docs/tables-and-joins.md lacks the SQL jOOQ renders");
  }
}
