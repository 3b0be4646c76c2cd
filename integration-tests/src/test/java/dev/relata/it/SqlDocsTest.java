package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.it.library.Reader;
import dev.relata.it.library.ReaderDao;
import dev.relata.it.library.Volume;
import dev.relata.it.library.VolumeDao;
import dev.relata.it.model.Badge;
import dev.relata.it.model.BadgeDao;
import dev.relata.it.model.Item;
import dev.relata.it.model.ItemDao;
import dev.relata.it.model.Order;
import dev.relata.it.model.OrderDao;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.Profile;
import dev.relata.it.model.ProfileDao;
import dev.relata.it.model.Tag;
import dev.relata.it.model.TagDao;
import dev.relata.it.model.Player;
import dev.relata.it.model.PlayerDao;
import dev.relata.it.model.Sponsor;
import dev.relata.it.model.SponsorDao;
import dev.relata.it.model.Team;
import dev.relata.it.model.TeamDao;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.it.model.Visit;
import dev.relata.it.model.VisitDao;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataChangedException;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL in each generated method's Javadoc is the SQL it runs: every method below is called on
 * real rows, the statements jOOQ sends are captured by an {@link ExecuteListener}, and they are
 * compared, whitespace aside, with the {@code <pre>} block of the method's Javadoc in the
 * generated source ({@code target/generated-test-sources}), one statement per {@code ;}.
 *
 * <p>To add a generated method: add a {@link #call} to {@link #calls()} with the method's
 * signature as the generated source declares it (simple type names: {@code
 * "UserDao.getPosts(Collection<User>)"}, a DAO of package {@code dev.relata.it.model}; {@code
 * "library.VolumeDao.addReader(Volume, Reader)"} for another package) and a lambda that calls it on
 * the {@link Rows} (add rows there if it needs others). Its Javadoc must then show, in a {@code <pre>} block, each
 * statement it runs in order, each ending with {@code ;}. A method whose Javadoc shows no SQL
 * fails here rather than passing.
 */
class SqlDocsTest {

  private static final DSLContext dsl = SharedDatabase.dsl();

  @BeforeAll
  static void schemas() {
    dev.relata.it.model.RelataSchema.drop(dsl);
    dev.relata.it.model.RelataSchema.create(dsl);
    dev.relata.it.library.RelataSchema.drop(dsl);
    dev.relata.it.library.RelataSchema.create(dsl);
  }

  /** Ends the transaction each call runs in: every call starts from the same rows. */
  private static final class Rollback extends RuntimeException {
    Rollback() {
      super(null, null, false, false);
    }
  }

  private static final Path GENERATED =
      Path.of(System.getProperty("basedir", "."), "target/generated-test-sources/test-annotations/dev/relata/it");

  /** The rows each call works on, fresh for each; the DAOs send their statements through {@code dsl}. */
  static final class Rows {
    final UserDao users;
    final PostDao posts;
    final TagDao tags;
    final ProfileDao profiles;
    final OrderDao orders;
    final ItemDao items;
    final User alice;
    final User bob;
    final Post hello;
    final Post world;
    final Tag java;
    final Tag sql;
    final Profile profile;
    final Order order;
    final Item item;
    final VolumeDao volumes;
    final Volume dune;
    final Reader ann;
    final TeamDao teams;
    final PlayerDao players;
    final VisitDao visits;
    final Team red;
    final Player pat;
    final Badge badge;
    final Sponsor acme;
    final Visit visit;

    Rows(DSLContext setup, DSLContext dsl) {
      dune = new VolumeDao(setup).insert(new Volume(null, "Dune"));
      ann = new ReaderDao(setup).insert(new Reader(null, "Ann"));
      volumes = new VolumeDao(dsl);
      UserDao users = new UserDao(setup);
      alice = users.insert(new User(null, "Alice"));
      bob = users.insert(new User(null, "Bob"));
      PostDao posts = new PostDao(setup);
      hello = posts.insert(new Post(null, alice.id(), null, "Hello"));
      world = posts.insert(new Post(null, null, null, "World"));
      TagDao tags = new TagDao(setup);
      java = tags.insert(new Tag(null, "java"));
      sql = tags.insert(new Tag(null, "sql"));
      posts.addTag(hello, java);
      profile = new ProfileDao(setup).insert(new Profile(null, null, "bio"));
      order = new OrderDao(setup).insert(new Order(null, "Carol"));
      item = new ItemDao(setup).insert(new Item(null, order.id(), "sku-1"));
      this.users = new UserDao(dsl);
      this.posts = new PostDao(dsl);
      this.tags = new TagDao(dsl);
      this.profiles = new ProfileDao(dsl);
      this.orders = new OrderDao(dsl);
      this.items = new ItemDao(dsl);
      red = new TeamDao(setup).insert(new Team(null, "Red", null, null, 0));
      pat = new PlayerDao(setup).insert(new Player(null, null, "Pat", null, null, 0));
      badge = new BadgeDao(setup).insert(new Badge(null, null, "gold", null, null, 0));
      acme = new SponsorDao(setup).insert(new Sponsor(null, "Acme"));
      visit = new VisitDao(setup).insert(new Visit(null, null));
      teams = new TeamDao(dsl);
      players = new PlayerDao(dsl);
      visits = new VisitDao(dsl);
    }
  }

  record Call(String signature, Consumer<Rows> run) {
    @Override
    public String toString() {
      return signature;
    }
  }

  static Call call(String signature, Consumer<Rows> run) {
    return new Call(signature, run);
  }

  static Stream<Call> calls() {
    return Stream.of(
        // @HasMany, nullable key: User.posts
        call("UserDao.getPosts(User)", r -> r.users.getPosts(r.alice)),
        call("UserDao.getPosts(Collection<User>)", r -> r.users.getPosts(List.of(r.alice, r.bob))),
        call("UserDao.countPosts(User)", r -> r.users.countPosts(r.alice)),
        call("UserDao.createPost(User, Post)", r -> r.users.createPost(r.alice, new Post(null, null, null, "New"))),
        call("UserDao.addPost(User, Post)", r -> r.users.addPost(r.bob, r.world)),
        call("UserDao.addPosts(User, Collection<Post>)", r -> r.users.addPosts(r.bob, List.of(r.hello, r.world))),
        call("UserDao.removePost(User, Post)", r -> r.users.removePost(r.alice, r.hello)),
        call("UserDao.removePosts(User, Collection<Post>)", r -> r.users.removePosts(r.alice, List.of(r.hello))),
        call("UserDao.setPosts(User, Collection<Post>)", r -> r.users.setPosts(r.alice, List.of(r.world))),
        call("UserDao.hasPost(User, Post)", r -> r.users.hasPost(r.alice, r.hello)),
        call("UserDao.hasPosts(User, Collection<Post>)", r -> r.users.hasPosts(r.alice, List.of(r.hello, r.world))),
        // @HasMany, NOT NULL key: Order.items, whose unlinking deletes
        call("OrderDao.removeItem(Order, Item)", r -> r.orders.removeItem(r.order, r.item)),
        call("OrderDao.removeItems(Order, Collection<Item>)", r -> r.orders.removeItems(r.order, List.of(r.item))),
        call("OrderDao.setItems(Order, Collection<Item>)", r -> r.orders.setItems(r.order, List.of(r.item))),
        // @HasOne: User.profile
        call("UserDao.getProfile(User)", r -> r.users.getProfile(r.alice)),
        call("UserDao.getProfile(Collection<User>)", r -> r.users.getProfile(List.of(r.alice, r.bob))),
        call("UserDao.createProfile(User, Profile)", r -> r.users.createProfile(r.alice, new Profile(null, null, "new"))),
        call("UserDao.setProfile(User, Profile)", r -> r.users.setProfile(r.alice, r.profile)),
        // @BelongsTo: Post.user
        call("PostDao.getUser(Post)", r -> r.posts.getUser(r.hello)),
        call("PostDao.getUser(Collection<Post>)", r -> r.posts.getUser(List.of(r.hello, r.world))),
        call("PostDao.setUser(Post, User)", r -> r.posts.setUser(r.world, r.bob)),
        call("PostDao.createUser(Post, User)", r -> r.posts.createUser(r.world, new User(null, "Dan"))),
        // @BelongsToMany: Post.tags through PostTag
        call("PostDao.getTags(Post)", r -> r.posts.getTags(r.hello)),
        call("PostDao.getTags(Collection<Post>)", r -> r.posts.getTags(List.of(r.hello, r.world))),
        call("PostDao.countTags(Post)", r -> r.posts.countTags(r.hello)),
        call("PostDao.createTag(Post, Tag)", r -> r.posts.createTag(r.hello, new Tag(null, "new"))),
        call("PostDao.addTag(Post, Tag)", r -> r.posts.addTag(r.hello, r.sql)),
        call("PostDao.addTags(Post, Collection<Tag>)", r -> r.posts.addTags(r.hello, List.of(r.java, r.sql))),
        call("PostDao.removeTag(Post, Tag)", r -> r.posts.removeTag(r.hello, r.java)),
        call("PostDao.removeTags(Post, Collection<Tag>)", r -> r.posts.removeTags(r.hello, List.of(r.java))),
        call("PostDao.setTags(Post, Collection<Tag>)", r -> r.posts.setTags(r.hello, List.of(r.sql))),
        call("PostDao.hasTag(Post, Tag)", r -> r.posts.hasTag(r.hello, r.java)),
        call("PostDao.hasTags(Post, Collection<Tag>)", r -> r.posts.hasTags(r.hello, List.of(r.java, r.sql))),
        // update: plain, with timestamps and a version (both statements), with nothing to write
        call("UserDao.update(User)", r -> r.users.update(new User(r.alice.id(), "Alicia"))),
        call("PlayerDao.update(Player)", r -> assertThrows(DataChangedException.class, () -> r.players.update(new Player(r.pat.id(), null, "Pat", null, null, 7)))),
        call("VisitDao.update(Visit)", r -> r.visits.update(r.visit)),
        // the kept columns of rows whose foreign key is rewritten, and of inserted rows and join rows
        call("TeamDao.createPlayer(Team, Player)", r -> r.teams.createPlayer(r.red, new Player(null, null, "Lee", null, null, 0))),
        call("TeamDao.addPlayer(Team, Player)", r -> r.teams.addPlayer(r.red, r.pat)),
        call("TeamDao.removePlayer(Team, Player)", r -> r.teams.removePlayer(r.red, r.pat)),
        call("TeamDao.setBadge(Team, Badge)", r -> r.teams.setBadge(r.red, r.badge)),
        call("PlayerDao.setTeam(Player, Team)", r -> r.players.setTeam(r.pat, r.red)),
        call("TeamDao.addSponsor(Team, Sponsor)", r -> r.teams.addSponsor(r.red, r.acme)),
        // @BelongsToMany(unique = false): Volume.readers through Loan
        call("library.VolumeDao.addReader(Volume, Reader)", r -> r.volumes.addReader(r.dune, r.ann)),
        call("library.VolumeDao.addReaders(Volume, Collection<Reader>)", r -> r.volumes.addReaders(r.dune, List.of(r.ann))),
        call("library.VolumeDao.setReaders(Volume, Collection<Reader>)", r -> r.volumes.setReaders(r.dune, List.of(r.ann))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void javadocShowsTheStatementsTheMethodRuns(Call call) {
    List<String> sent = new ArrayList<>();
    try {
      dsl.transaction(
          tx -> {
            ExecuteListener listener = ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql()));
            Rows rows = new Rows(tx.dsl(), tx.derive(new DefaultExecuteListenerProvider(listener)).dsl());
            call.run().accept(rows);
            throw new Rollback();
          });
    } catch (Rollback expected) {
      // the rows are gone; the statements are kept
    }

    List<String> documented = documented(call.signature());
    assertFalse(documented.isEmpty(), call.signature() + " shows no SQL in its Javadoc");
    assertEquals(documented, sent.stream().map(SqlDocsTest::normalized).toList(), call.signature());
  }

  /** The statements of the {@code <pre>} block of the method's Javadoc, normalized. */
  private static List<String> documented(String signature) {
    String qualified = signature.substring(0, signature.indexOf('('));
    String method = signature.substring(qualified.lastIndexOf('.') + 1);
    String dao = qualified.substring(0, qualified.lastIndexOf('.'));
    if (!dao.contains(".")) {
      dao = "model." + dao;
    }
    String javadoc = javadocs(dao).get(method);
    if (javadoc == null) {
      throw new AssertionError("no method " + method + " in " + dao + ".java; declared: " + javadocs(dao).keySet());
    }
    Matcher pre = PRE.matcher(javadoc);
    if (!pre.find()) {
      return List.of();
    }
    String sql = unescaped(pre.group(1).replaceAll("(?m)^\\s*\\*", ""));
    return Arrays.stream(sql.split(";\\s*(\\n|$)")).map(SqlDocsTest::normalized).filter(s -> !s.isEmpty()).toList();
  }

  private static final Pattern PRE = Pattern.compile("<pre>(?:\\{@code)?(.*?)}?</pre>", Pattern.DOTALL);
  private static final Pattern METHOD =
      Pattern.compile("/\\*\\*(.*?)\\*/\\s*(?:@\\w+\\s*)*public\\s+[^(=;]*?\\s(\\w+)\\(([^)]*)\\)", Pattern.DOTALL);
  private static final Map<String, Map<String, String>> JAVADOCS = new HashMap<>();

  /** The Javadoc of each public method of a generated DAO, by signature ({@code getPosts(User)}). */
  private static synchronized Map<String, String> javadocs(String dao) {
    return JAVADOCS.computeIfAbsent(
        dao,
        name -> {
          String source;
          try {
            source = Files.readString(GENERATED.resolve(name.replace('.', '/') + ".java"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Map<String, String> byMethod = new HashMap<>();
          Matcher method = METHOD.matcher(source);
          while (method.find()) {
            String types =
                Arrays.stream(method.group(3).split(",(?![^<]*>)"))
                    .map(String::trim)
                    .filter(p -> !p.isEmpty())
                    .map(p -> p.substring(0, p.lastIndexOf(' ')).trim())
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            byMethod.put(method.group(2) + "(" + types + ")", method.group(1));
          }
          return byMethod;
        });
  }

  /** What Javadoc's HTML escapes stand for (names holding {@code @}, braces, {@code *}{@code /}). */
  private static String unescaped(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#123;", "{")
        .replace("&#125;", "}").replace("&#92;", "\\").replace("&#47;", "/").replace("&amp;", "&");
  }

  /** Whitespace collapsed; nothing else is forgiven. */
  private static String normalized(String sql) {
    return sql.replaceAll("\\s+", " ").trim();
  }
}
