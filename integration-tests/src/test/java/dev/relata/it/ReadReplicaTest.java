package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Find;
import dev.relata.it.graph.Comment;
import dev.relata.it.graph.CommentDao;
import dev.relata.it.graph.Post;
import dev.relata.it.graph.PostDao;
import dev.relata.it.graph.PostTable;
import dev.relata.it.graph.Profile;
import dev.relata.it.graph.ProfileDao;
import dev.relata.it.graph.Tag;
import dev.relata.it.graph.TagTable;
import dev.relata.it.graph.TagDao;
import dev.relata.it.graph.User;
import dev.relata.it.graph.UserDao;
import dev.relata.it.graph.UserPage;
import dev.relata.it.graph.UserPageLoader;
import dev.relata.it.graph.UserTable;
import dev.relata.it.model.Account;
import dev.relata.it.model.AccountDao;
import dev.relata.it.model.AccountTable;
import dev.relata.runtime.ReadReplica;
import dev.relata.runtime.TenantSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DAOs and loaders with a {@link ReadReplica}, on a real PostgreSQL 15 primary and streaming
 * replica ({@link StreamingReplica}). Every statement is traced with the answer of {@code
 * pg_is_in_recovery()} on its own connection: true on the replica, false on the primary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadReplicaTest {

  private final StreamingReplica servers = StreamingReplica.start();
  private final Servers answered = new Servers();
  private final PGSimpleDataSource primarySource = servers.primaryDataSource();
  private final DSLContext primary = answered.traced(DSL.using(primarySource, SQLDialect.POSTGRES));
  private final DSLContext replicaContext = answered.traced(DSL.using(servers.replicaDataSource(), SQLDialect.POSTGRES));
  private final ReadReplica replica = ReadReplica.connect(primary, replicaContext);

  private User alice;
  private User bob;
  private Post hello;
  private Post world;
  private Tag java;
  private Account account;

  @BeforeAll
  void schema() {
    dev.relata.it.graph.RelataSchema.create(primary);
    dev.relata.it.model.RelataSchema.create(primary);
  }

  @AfterAll
  void stop() {
    servers.close();
  }

  /** The same rows before each test, written on the primary and replayed on the replica. */
  @BeforeEach
  void rows() {
    primary.truncate(UserTable.USER_TABLE, TagTable.TAG_TABLE, AccountTable.ACCOUNT_TABLE).cascade().execute();
    UserDao users = new UserDao(primary);
    PostDao posts = new PostDao(primary);
    alice = users.insert(new User(null, "Alice"));
    bob = users.insert(new User(null, "Bob"));
    hello = users.createPost(alice, new Post(null, null, "Hello"));
    world = users.createPost(alice, new Post(null, null, "World"));
    java = posts.createTag(hello, new Tag(null, "java"));
    posts.createComment(hello, new Comment(null, 0, "first", 1));
    users.createProfile(alice, new Profile(null, null, "writes"));
    account = new AccountDao(primary).insert(new Account(null, "alice@example.com", "alice", "Alice", null));
    servers.awaitReplay();
    answered.clear();
  }

  /** A tenant's contexts on both servers: reads on the replica, writes on the primary, all in the tenant's schema. */
  @Test
  void aTenantsDaoReadsItsSchemaOnTheReplica() {
    String schema = "relata_it_replica_tenant";
    primary.dropSchemaIfExists(schema).cascade().execute();
    primary.createSchema(schema).execute();
    DSLContext tenant = TenantSchema.of(primary, schema);
    dev.relata.it.graph.RelataSchema.create(tenant);
    ReadReplica tenantReplica = ReadReplica.connect(tenant, TenantSchema.of(replicaContext, schema));
    UserDao users = new UserDao(tenant, tenantReplica);
    User ann = users.insert(new User(null, "Ann"));
    servers.awaitReplay();
    answered.clear();

    assertEquals(List.of(ann), users.findAll());
    assertEquals(List.of("replica"), answered.servers());
    String table = "\"" + schema + "\".\"" + UserTable.USER_TABLE.getName() + "\"";
    assertTrue(answered.statements().get(0).contains(table), answered.statements().toString());
    assertEquals(2, new UserDao(primary, replica).count(), "Alice and Bob, in the test schema");
    primary.dropSchema(schema).cascade().execute();
  }

  @Test
  void connectRefusesAContextThatIsNotAReplica() {
    IllegalArgumentException primaryTwice =
        assertThrows(IllegalArgumentException.class, () -> ReadReplica.connect(primary, primary));
    assertEquals(
        "ReadReplica.connect: replica is not a replica: pg_is_in_recovery() is false there, so it accepts writes"
            + " (is it the primary itself, or a promoted replica?)",
        primaryTwice.getMessage());
    IllegalArgumentException swapped =
        assertThrows(IllegalArgumentException.class, () -> ReadReplica.connect(replicaContext, primary));
    assertTrue(swapped.getMessage().startsWith("ReadReplica.connect: primary is in recovery"), swapped.getMessage());
  }

  @Test
  void connectRefusesAReplicaOfAnotherCluster() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReadReplica.connect(SharedDatabase.dsl(), replicaContext));
    assertEquals(
        "ReadReplica.connect: replica is not a replica of primary: they are different clusters"
            + " (pg_control_system().system_identifier differs)",
        e.getMessage());
  }

  @Test
  void connectRefusesAnUnreachableReplica() {
    PGSimpleDataSource nowhere = servers.replicaDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:" + StreamingReplica.unusedPort() + "/postgres?user=postgres");
    DataAccessException e =
        assertThrows(
            DataAccessException.class, () -> ReadReplica.connect(primary, DSL.using(nowhere, SQLDialect.POSTGRES)));
    assertTrue(e.getMessage().startsWith("ReadReplica.connect: the replica did not answer"), e.getMessage());
    assertEquals(SQLStateClass.C08_CONNECTION_EXCEPTION, e.sqlStateClass());
  }

  @Test
  void nullIsRefusedBeforeAnyStatement() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new UserDao(primary, null));
    assertEquals("replica must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ReadReplica.connect(primary, null));
    assertEquals("replica must not be null (ReadReplica.connect)", e.getMessage());
    assertEquals(List.of(), answered.statements());
  }

  @Test
  void everyReadOutsideATransactionRunsOnTheReplica() {
    UserDao users = new UserDao(primary, replica);
    PostDao posts = new PostDao(primary, replica);
    ProfileDao profiles = new ProfileDao(primary, replica);
    TagDao tags = new TagDao(primary, replica);
    AccountDao accounts = new AccountDao(primary, replica);
    List<Supplier<Object>> reads =
        List.of(
            () -> users.findById(alice.id()),
            () -> users.findAllById(List.of(alice.id(), bob.id())),
            () -> users.findAll(),
            () -> users.findAll(UserTable.USER_TABLE.NAME.eq("Bob")),
            () -> users.findAll(Find.all().limit(1)),
            () -> users.count(),
            () -> users.count(UserTable.USER_TABLE.NAME.eq("Bob")),
            () -> users.exists(UserTable.USER_TABLE.NAME.eq("Bob")),
            () -> accounts.findByEmail(account.email()),
            () -> accounts.findAllByEmail(List.of(account.email())),
            () -> users.getPosts(alice),
            () -> users.getPosts(List.of(alice, bob)),
            () -> users.getPosts(alice, Find.all().limit(1)),
            () -> users.getPosts(List.of(alice, bob), Find.all().limit(1)),
            () -> users.countPosts(alice),
            () -> users.countPosts(alice, PostTable.POST_TABLE.TITLE.eq("Hello")),
            () -> users.countPosts(List.of(alice, bob)),
            () -> users.countPosts(List.of(alice, bob), PostTable.POST_TABLE.TITLE.eq("Hello")),
            () -> users.hasPost(alice, hello),
            () -> users.hasPosts(alice, List.of(hello, world)),
            () -> users.getProfile(alice),
            () -> users.getProfile(List.of(alice, bob)),
            () -> posts.getUser(hello),
            () -> posts.getUser(List.of(hello, world)),
            () -> posts.getTags(hello),
            () -> posts.getTags(List.of(hello, world)),
            () -> posts.countTags(hello),
            () -> posts.hasTag(hello, java),
            () -> tags.getPosts(java),
            () -> profiles.findAll());
    for (Supplier<Object> read : reads) {
      read.get();
    }
    assertEquals(Collections.nCopies(reads.size(), "replica"), answered.servers(), answered.statements().toString());

    assertEquals(Optional.of(alice), users.findById(alice.id()));
    assertEquals(List.of(hello, world), users.getPosts(alice));
    assertEquals(Map.of(alice, 2L, bob, 0L), users.countPosts(List.of(alice, bob)));
    assertEquals(Optional.of(account), accounts.findByEmail(account.email()));
    assertEquals(List.of(java), posts.getTags(hello));
  }

  @Test
  void everyWriteRunsOnThePrimary() {
    UserDao users = new UserDao(primary, replica);
    PostDao posts = new PostDao(primary, replica);
    CommentDao comments = new CommentDao(primary, replica);
    User carol = users.insert(new User(null, "Carol"));
    List<User> more = users.insertAll(List.of(new User(null, "Dan"), new User(null, "Eve")));
    users.update(new User(carol.id(), "Caroline"));
    Post draft = users.createPost(carol, new Post(null, null, "Draft"));
    users.addPost(carol, world);
    users.addPosts(bob, List.of(world));
    users.removePost(bob, world);
    users.removePosts(carol, List.of(draft));
    users.setPosts(carol, List.of(draft, world));
    users.createProfile(carol, new Profile(null, null, "new"));
    users.setProfile(carol, null);
    posts.setUser(draft, bob);
    posts.createUser(draft, new User(null, "Fay"));
    Tag news = posts.createTag(draft, new Tag(null, "news"));
    posts.addTag(world, news);
    posts.addTags(world, List.of(java));
    posts.removeTag(world, news);
    posts.removeTags(world, List.of(java));
    posts.setTags(draft, List.of(java));
    comments.insert(new Comment(null, draft.id(), "second", 2));
    users.delete(more.get(0));
    users.deleteById(more.get(1).id());

    assertFalse(answered.servers().isEmpty());
    assertEquals(List.of("primary"), answered.servers().stream().distinct().toList(), answered.statements().toString());
  }

  @Test
  void aJooqTransactionReadsItsOwnWritesOnThePrimary() {
    primary.transaction(
        tx -> {
          UserDao users = new UserDao(tx.dsl(), replica);
          User carol = users.insert(new User(null, "Carol"));
          Post draft = users.createPost(carol, new Post(null, null, "Draft"));
          assertEquals(Optional.of(carol), users.findById(carol.id()));
          assertEquals(List.of(draft), users.getPosts(carol));
          assertEquals(3, users.count());
          UserPage page = new UserPageLoader(tx.dsl(), replica).load(carol);
          assertEquals(List.of(draft), page.posts().stream().map(view -> view.post()).toList());
          // Not committed: the replica has not seen Carol.
          assertEquals(0, replicaContext.fetchCount(UserTable.USER_TABLE, UserTable.USER_TABLE.ID.eq(carol.id())));
        });
    List<String> servers = answered.servers();
    assertEquals("replica", servers.get(servers.size() - 1), "the check on the replica itself");
    assertEquals(
        List.of("primary"), servers.subList(0, servers.size() - 1).stream().distinct().toList(),
        answered.statements().toString());
  }

  @Test
  void jooqsThreadLocalTransactionProviderKeepsReadsOnThePrimary() {
    DSLContext threadBound =
        answered.traced(
            DSL.using(
                new DefaultConfiguration()
                    .set(SQLDialect.POSTGRES)
                    .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(primarySource)))));
    UserDao users = new UserDao(threadBound, replica);
    readsItsWritesOnThePrimaryThenTheReplica(users, work -> threadBound.transactionResult(work::get));
  }

  @Test
  void springsTransactionManagerKeepsReadsOnThePrimary() {
    DataSourceTransactionManager manager = new DataSourceTransactionManager(primarySource);
    DSLContext springManaged =
        answered.traced(DSL.using(new TransactionAwareDataSourceProxy(primarySource), SQLDialect.POSTGRES));
    UserDao users = new UserDao(springManaged, replica);
    readsItsWritesOnThePrimaryThenTheReplica(users, work -> new TransactionTemplate(manager).execute(status -> work.get()));
  }

  /**
   * In a transaction that {@code inTransaction} runs, an insert and the read of it both go to the
   * primary; once the transaction has committed and the replica replayed it, the same read goes to
   * the replica.
   */
  private void readsItsWritesOnThePrimaryThenTheReplica(UserDao users, Function<Supplier<User>, User> inTransaction) {
    User carol =
        inTransaction.apply(
            () -> {
              User inserted = users.insert(new User(null, "Carol"));
              assertEquals(Optional.of(inserted), users.findById(inserted.id()));
              return inserted;
            });
    assertEquals(List.of("primary", "primary"), answered.servers());

    servers.awaitReplay();
    answered.clear();
    assertEquals(Optional.of(carol), users.findById(carol.id()));
    assertEquals(List.of("replica"), answered.servers());
  }

  @Test
  void aLoaderReadsOnTheReplica() {
    UserPageLoader pages = new UserPageLoader(primary, replica);
    List<UserPage> loaded = pages.findAll(Find.all());
    assertEquals(List.of(alice, bob), loaded.stream().map(UserPage::user).toList());
    assertEquals(List.of(hello, world), loaded.get(0).posts().stream().map(view -> view.post()).toList());
    assertEquals(Optional.of("writes"), loaded.get(0).profile().map(Profile::bio));
    // the users, then posts, posts.user, posts.tags, posts.comments, profile, postsCount
    assertEquals(Collections.nCopies(7, "replica"), answered.servers(), answered.statements().toString());
  }

  @Test
  void whenTheReplicaIsDownReadsFailSayingSoAndWritesGoOn() {
    UserDao users = new UserDao(primary, replica);
    servers.stopReplica();
    try {
      DataAccessException e = assertThrows(DataAccessException.class, () -> users.findById(alice.id()));
      assertTrue(e.getMessage().startsWith("the read replica is unreachable (SQL state 08001)"), e.getMessage());
      assertEquals(SQLStateClass.C08_CONNECTION_EXCEPTION, e.sqlStateClass());

      User carol = users.insert(new User(null, "Carol"));
      Optional<User> readInTransaction =
          primary.transactionResult(tx -> new UserDao(tx.dsl(), replica).findById(carol.id()));
      assertEquals(Optional.of(carol), readInTransaction);
    } finally {
      servers.startReplica();
    }
    servers.awaitReplay();
    answered.clear();
    assertEquals(Optional.of(alice), users.findById(alice.id()));
    assertEquals(List.of("replica"), answered.servers());
  }

  @Test
  void whenThePrimaryIsDownReadsFailToo() {
    UserDao users = new UserDao(primary, replica);
    servers.stopPrimary();
    try {
      DataAccessException e = assertThrows(DataAccessException.class, () -> users.findById(alice.id()));
      assertTrue(e.getMessage().startsWith("the primary is unreachable: a read asks its connection"), e.getMessage());
      assertEquals(SQLStateClass.C08_CONNECTION_EXCEPTION, e.sqlStateClass());
      assertEquals(List.of(), answered.servers());
      assertEquals(Optional.of(alice), new UserDao(replicaContext).findById(alice.id()), "the replica itself answers");
    } finally {
      servers.startPrimary();
    }
    servers.awaitReplay();
    answered.clear();
    assertEquals(Optional.of(alice), users.findById(alice.id()));
    assertEquals(List.of("replica"), answered.servers());
  }

  /**
   * Which server ran each statement: a listener asks {@code pg_is_in_recovery()} on the
   * statement's own connection just before it runs.
   */
  private static final class Servers implements ExecuteListener {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    DSLContext traced(DSLContext dsl) {
      return dsl.configuration().deriveAppending(this).dsl();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
      try (Statement statement = ctx.connection().createStatement();
          ResultSet result = statement.executeQuery("select pg_is_in_recovery()")) {
        result.next();
        statements.add((result.getBoolean(1) ? "replica" : "primary") + ": " + ctx.sql());
      } catch (SQLException e) {
        throw new IllegalStateException("could not ask the statement's server whether it is in recovery", e);
      }
    }

    List<String> statements() {
      synchronized (statements) {
        return List.copyOf(statements);
      }
    }

    /** "primary" or "replica", per statement. */
    List<String> servers() {
      return statements().stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
    }

    void clear() {
      statements.clear();
    }
  }
}
