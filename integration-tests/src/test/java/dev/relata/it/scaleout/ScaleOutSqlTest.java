package dev.relata.it.scaleout;

import static dev.relata.it.model.PostTable.POST_TABLE;
import static dev.relata.it.model.TagTable.TAG_TABLE;
import static dev.relata.it.model.UserTable.USER_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.SharedDatabase;
import dev.relata.it.graph.UserPageLoader;
import dev.relata.it.model.Account;
import dev.relata.it.model.AccountDao;
import dev.relata.it.model.Badge;
import dev.relata.it.model.Item;
import dev.relata.it.model.ItemDao;
import dev.relata.it.model.Order;
import dev.relata.it.model.OrderDao;
import dev.relata.it.model.Player;
import dev.relata.it.model.PlayerDao;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.ProfileDao;
import dev.relata.it.model.Sponsor;
import dev.relata.it.model.SponsorDao;
import dev.relata.it.model.Tag;
import dev.relata.it.model.TagDao;
import dev.relata.it.model.Team;
import dev.relata.it.model.TeamDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.it.scaleout.ShardingRules.Rule;
import dev.relata.it.scaleout.ShardingRules.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL Relata sends stays inside the subset {@code docs/scale-out.md} describes for Citus and
 * YugabyteDB: every kind of generated method runs on real rows (CRUD, each association kind's
 * getters, batch getters and setters, pages per parent, counts, a graph loader), an {@link
 * ExecuteListener} keeps every statement sent, and each must keep every {@link Rule} of {@link
 * ShardingRules}. The same checker rejects hand-written statements that break them, so the rules
 * can fail.
 */
class ScaleOutSqlTest {

  private static final DSLContext dsl = SharedDatabase.dsl();

  @Test
  void everyStatementOfTheWorkloadKeepsTheRules() {
    dev.relata.it.model.RelataSchema.drop(dsl);
    dev.relata.it.model.RelataSchema.create(dsl);
    dev.relata.it.graph.RelataSchema.drop(dsl);
    dev.relata.it.graph.RelataSchema.create(dsl);
    dev.relata.it.links.RelataSchema.drop(dsl);
    dev.relata.it.links.RelataSchema.create(dsl);
    Set<String> sent = new LinkedHashSet<>();
    DSLContext recorded =
        dsl.configuration()
            .derive(new DefaultExecuteListenerProvider(ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql()))))
            .dsl();

    modelWorkload(recorded);
    graphWorkload(recorded);
    linksWorkload(recorded);

    ShardingRules rules = new ShardingRules(ForeignKeys.of(dsl, SharedDatabase.SCHEMA));
    Map<String, List<Violation>> broken = new LinkedHashMap<>();
    for (String sql : sent) {
      List<Violation> violations = rules.check(sql);
      if (!violations.isEmpty()) {
        broken.put(sql, violations);
      }
    }
    assertEquals(Map.of(), broken, "statements outside docs/scale-out.md's subset");
    // 88 distinct statements today: far fewer means a part of the workload stopped reaching the database
    assertTrue(sent.size() >= 80, "the workload sent only " + sent.size() + " distinct statements: " + sent);
  }

  /** Each kind of generated method of the test model, once, on rows it made. */
  private static void modelWorkload(DSLContext dsl) {
    UserDao users = new UserDao(dsl);
    PostDao posts = new PostDao(dsl);
    TagDao tags = new TagDao(dsl);
    ProfileDao profiles = new ProfileDao(dsl);
    OrderDao orders = new OrderDao(dsl);
    ItemDao items = new ItemDao(dsl);
    TeamDao teams = new TeamDao(dsl);
    PlayerDao players = new PlayerDao(dsl);
    AccountDao accounts = new AccountDao(dsl);

    // CRUD
    User alice = users.insert(new User(null, "Alice"));
    List<User> people = users.insertAll(List.of(new User(null, "Bob"), new User(null, "Carol")));
    User bob = people.get(0);
    users.findById(alice.id());
    users.findAllById(List.of(alice.id(), bob.id()));
    users.findAll();
    users.findAll(USER_TABLE.NAME.eq("Alice"));
    users.findAll(Find.where(USER_TABLE.NAME.like("A%")).orderBy(USER_TABLE.NAME.desc()).limit(2).offset(1));
    users.count();
    users.count(USER_TABLE.NAME.eq("Bob"));
    users.exists(USER_TABLE.NAME.eq("Bob"));
    users.update(new User(bob.id(), "Robert"));
    users.delete(people.get(1));
    users.deleteById(-1L);
    Account account = accounts.insert(new Account(null, "a@example.com", "a", "A", null));
    accounts.findByEmail(account.email());
    accounts.findAllByEmail(List.of(account.email()));

    // @HasMany (nullable key), its pages and counts
    Post hello = users.createPost(alice, new Post(null, null, null, "Hello"));
    Post world = posts.insert(new Post(null, null, null, "World"));
    posts.insertAll(List.of(new Post(null, alice.id(), null, "Draft"), new Post(null, null, null, "Note")));
    Find newest = Find.where(POST_TABLE.TITLE.isNotNull()).orderBy(POST_TABLE.TITLE.desc());
    users.getPosts(alice);
    users.getPosts(List.of(alice, bob));
    users.getPosts(alice, newest.limit(1));
    users.getPosts(List.of(alice, bob), newest);
    users.getPosts(List.of(alice, bob), newest.limit(1));
    users.countPosts(alice);
    users.countPosts(alice, POST_TABLE.TITLE.eq("Hello"));
    users.countPosts(List.of(alice, bob));
    users.countPosts(List.of(alice, bob), POST_TABLE.TITLE.eq("Hello"));
    users.addPost(bob, world);
    users.addPosts(bob, List.of(hello, world));
    users.hasPost(bob, world);
    users.hasPosts(bob, List.of(hello, world));
    users.removePost(bob, world);
    users.removePosts(bob, List.of(hello));
    users.setPosts(alice, List.of(hello, world));

    // @HasMany with a NOT NULL key: unlinking deletes
    Order order = orders.insert(new Order(null, "Dan"));
    Item item = orders.createItem(order, new Item(null, 0, "sku-1"));
    items.getOrder(List.of(item));
    orders.setItems(order, List.of(item));
    orders.removeItem(order, item);

    // @HasOne
    Profile profile = users.createProfile(alice, new Profile(null, null, "bio"));
    users.getProfile(alice);
    users.getProfile(List.of(alice, bob));
    profiles.getUser(profile);
    users.setProfile(bob, profile);
    users.setProfile(bob, null);

    // @BelongsTo
    posts.getUser(hello);
    posts.getUser(List.of(hello, world));
    posts.setUser(world, bob);
    posts.createUser(world, new User(null, "Erin"));

    // @BelongsToMany, from both sides, with pages and counts
    Tag java = posts.createTag(hello, new Tag(null, "java"));
    Tag sql = tags.insert(new Tag(null, "sql"));
    Find byName = Find.where(TAG_TABLE.NAME.isNotNull()).orderBy(TAG_TABLE.NAME.asc());
    posts.getTags(hello);
    posts.getTags(List.of(hello, world));
    posts.getTags(hello, byName.limit(1));
    posts.getTags(List.of(hello, world), byName);
    posts.getTags(List.of(hello, world), byName.limit(1));
    posts.countTags(hello);
    posts.countTags(hello, TAG_TABLE.NAME.eq("java"));
    posts.countTags(List.of(hello, world));
    posts.countTags(List.of(hello, world), TAG_TABLE.NAME.eq("java"));
    posts.addTag(world, sql);
    posts.addTags(world, List.of(java, sql));
    posts.hasTag(world, sql);
    posts.hasTags(world, List.of(java, sql));
    posts.removeTag(world, java);
    posts.removeTags(world, List.of(sql));
    posts.setTags(hello, List.of(sql));
    tags.getPosts(sql);
    tags.getPosts(List.of(java, sql));

    // timestamps and versions: the kept columns, a version checked on update and delete
    Team red = teams.insert(new Team(null, "Red", null, null, 0));
    Player pat = teams.createPlayer(red, new Player(null, null, "Pat", null, null, 0));
    Team stored = teams.update(red).orElseThrow();
    teams.addPlayer(stored, pat);
    players.setTeam(players.findById(pat.id()).orElseThrow(), null);
    teams.createBadge(stored, new Badge(null, null, "gold", null, null, 0));
    Sponsor acme = new SponsorDao(dsl).insert(new Sponsor(null, "Acme"));
    teams.addSponsor(stored, acme);
    teams.setSponsors(stored, List.of(acme));
    teams.delete(teams.insert(new Team(null, "Blue", null, null, 0)));
  }

  /** A graph loader: three levels, to-many and to-one components, a count, a per-parent limit. */
  private static void graphWorkload(DSLContext dsl) {
    var users = new dev.relata.it.graph.UserDao(dsl);
    var alice = users.insert(new dev.relata.it.graph.User(null, "Alice"));
    var post = users.createPost(alice, new dev.relata.it.graph.Post(null, null, "Hello"));
    var posts = new dev.relata.it.graph.PostDao(dsl);
    posts.createComment(post, new dev.relata.it.graph.Comment(null, 0, "first", 1));
    posts.createTag(post, new dev.relata.it.graph.Tag(null, "java"));
    UserPageLoader loader = new UserPageLoader(dsl);
    loader.load(alice);
    loader.load(List.of(alice));
    loader.findById(alice.id());
    loader.findAll(Find.all().limit(10));
  }

  /**
   * Attributes on the through record: adds with a link (inserted, updated on conflict, written
   * as it is, pairs not unique, a through record of only its keys), its getters and a graph of links.
   */
  private static void linksWorkload(DSLContext dsl) {
    var users = new dev.relata.it.links.UserDao(dsl);
    var alice = users.insert(new dev.relata.it.links.User(null, "Alice"));
    var bob = users.insert(new dev.relata.it.links.User(null, "Bob"));
    var relata = new dev.relata.it.links.ProjectDao(dsl).insert(new dev.relata.it.links.Project(null, "Relata"));
    users.addProject(alice, relata, new dev.relata.it.links.Membership(null, null, null, "member", null, null, null));
    users.addProject(alice, relata, new dev.relata.it.links.Membership(null, null, null, "lead", null, null, null));
    users.addProject(alice, relata, new dev.relata.it.links.Membership(null, null, null, "lead", null, null, null));
    users.addReviewedProject(alice, relata, new dev.relata.it.links.Review(null, null, null, 5));
    users.addStarredProject(bob, relata, new dev.relata.it.links.Star(null, null, null));
    Find leads =
        Find.where(dev.relata.it.links.MembershipTable.MEMBERSHIP_TABLE.ROLE.eq("lead"))
            .orderBy(dev.relata.it.links.ProjectTable.PROJECT_TABLE.NAME.asc());
    users.getProjectLinks(alice);
    users.getProjectLinks(List.of(alice, bob));
    users.getProjectLinks(alice, leads.limit(1));
    users.getProjectLinks(List.of(alice, bob), leads);
    users.getProjectLinks(List.of(alice, bob), leads.limit(1).offset(1));
    users.getReviewedProjectLinks(List.of(alice, bob));
    new dev.relata.it.links.UserGraphLoader(dsl).load(List.of(alice, bob));
  }

  /** Hand-written statements that break one rule each: the checker must name that rule. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "KEY_JOINS | select \"posts\".\"id\" from \"posts\" join \"users\" on \"users\".\"name\" = \"posts\".\"title\"",
        "KEY_JOINS | select \"posts\".\"id\" from \"posts\" join \"users\" on \"users\".\"id\" = \"posts\".\"id\"",
        "KEY_JOINS | select \"posts\".\"id\" from \"posts\" join \"users\" on \"users\".\"id\" > \"posts\".\"user_id\"",
        "KEY_JOINS | select \"tags\".\"id\" from \"tags\" where \"tags\".\"label\" in (select \"users\".\"name\" from \"users\")",
        "CONNECTED | select \"posts\".\"id\" from \"posts\", \"users\" where \"users\".\"id\" = ?",
        "FUNCTIONS | select random() from \"users\"",
        "FUNCTIONS | select nextval('users_id_seq') from \"users\"",
        "KNOWN_CONSTRUCTS | select max(\"users\".\"id\") from \"users\"",
        "ROW_LOCKS | select \"users\".\"id\" from \"users\" where \"users\".\"name\" = ? for no key update",
        "PARSED | select from where",
        // The many-to-many add as it was: Citus refuses it
        "UNNEST_CORRELATION | insert into \"post_tags\" (\"post_id\", \"tag_id\") select ?, \"x\".\"id\" from unnest(?::int8[]) as x(id)"
            + " where not exists (select 1 from \"post_tags\" as \"existing\" where \"existing\".\"post_id\" = ?"
            + " and \"existing\".\"tag_id\" = \"x\".\"id\") on conflict do nothing",
      })
  void aStatementBreakingARuleIsRejected(Rule rule, String sql) {
    List<Rule> broken = checker().check(sql).stream().map(Violation::rule).toList();
    assertTrue(broken.contains(rule), "expected " + rule + " for " + sql + ", got " + broken);
  }

  /** The same shapes on their keys keep the rules: the checker does not reject everything. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "select \"posts\".\"id\" from \"posts\" join \"users\" on \"users\".\"id\" = \"posts\".\"user_id\" where \"users\".\"id\" = ?",
        "select \"tags\".\"id\" from \"tags\" where \"tags\".\"id\" in (select \"post_tags\".\"tag_id\" from \"post_tags\" where \"post_tags\".\"post_id\" = ?)",
        "select \"users\".\"id\" from \"users\" where \"users\".\"id\" = ? for no key update",
        // The many-to-many add: an anti-join, which Citus runs
        "insert into \"post_tags\" (\"post_id\", \"tag_id\") select ?, \"x\".\"id\" from unnest(?::int8[]) as \"x\" (\"id\")"
            + " left outer join \"post_tags\" as \"existing\" on (\"existing\".\"post_id\" = ? and \"existing\".\"tag_id\" = \"x\".\"id\")"
            + " where \"existing\".\"tag_id\" is null on conflict do nothing",
        // An add with a link: a linked pair's row takes the proposed row's components
        "insert into \"post_tags\" (\"post_id\", \"tag_id\") values (?, ?) on conflict (\"post_id\", \"tag_id\") do update"
            + " set \"tag_id\" = excluded.\"tag_id\" where (\"post_tags\".\"tag_id\") is distinct from (excluded.\"tag_id\")"
            + " returning \"post_tags\".\"id\"",
      })
  void theSameShapesOnTheirKeysPass(String sql) {
    assertEquals(List.of(), checker().check(sql));
  }

  /** docs/scale-out.md states each rule by its name and words, and the functions allowed. */
  @Test
  void theDocStatesTheRulesTheTestHolds() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docs", "scale-out.md"));
    for (Rule rule : Rule.values()) {
      String row = "| `" + rule.name() + "` | " + rule.words() + " |";
      assertTrue(doc.contains(row), "docs/scale-out.md lacks the row " + row);
    }
    for (String function : ShardingRules.FUNCTIONS) {
      assertTrue(doc.contains(function), "docs/scale-out.md does not name " + function);
    }
  }

  private static ShardingRules checker;

  /** The rules on the test model's keys, read once: reading a catalog takes seconds. */
  private static synchronized ShardingRules checker() {
    if (checker == null) {
      dev.relata.it.model.RelataSchema.create(dsl);
      checker = new ShardingRules(ForeignKeys.of(dsl, SharedDatabase.SCHEMA));
    }
    return checker;
  }
}
