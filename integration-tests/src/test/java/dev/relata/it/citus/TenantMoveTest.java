package dev.relata.it.citus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.CitusCluster;
import dev.relata.it.CitusCluster.Node;
import dev.relata.it.SharedCitus;
import dev.relata.it.model.Post;
import dev.relata.it.model.PostDao;
import dev.relata.it.model.RelataSchema;
import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import dev.relata.runtime.TenantSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A tenant moved to the other worker ({@code citus_schema_move(..., 'force_logical')}) while 8
 * clients write and read through DAOs in both tenants for 30 s: afterwards every acknowledged
 * write is there exactly once and nothing else is, and every error a client met is one of {@link
 * #RETRYABLE}, the SQL states {@code docs/scale-out.md} tells applications to retry.
 */
class TenantMoveTest {

  /**
   * The SQL states a client may meet while a tenant moves, which an application retries: a
   * serialization failure or deadlock (the transaction was rolled back), and a lost connection
   * (the outcome of a statement in flight is unknown: the test counts such writes apart).
   */
  static final Set<String> RETRYABLE = Set.of("40001", "40P01", "08000", "08003", "08006");

  private static final int CLIENTS = 8;
  private static final Duration LOAD = Duration.ofSeconds(30);
  /** When the move starts: once the clients are writing. */
  private static final Duration MOVE_AFTER = Duration.ofSeconds(5);

  private final CitusCluster cluster = SharedCitus.get();
  private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> unknown = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final AtomicLong reads = new AtomicLong();

  @Test
  void aTenantMovesUnderLoadAndLosesNothing() throws Exception {
    List<String> tenants = List.of(CitusTenants.ACME, CitusTenants.GLOBEX);
    for (String tenant : tenants) {
      DSLContext dsl = SharedCitus.tenant(tenant);
      RelataSchema.drop(dsl);
      RelataSchema.create(dsl);
      acknowledged.put(tenant, ConcurrentHashMap.newKeySet());
      unknown.put(tenant, ConcurrentHashMap.newKeySet());
    }
    Node from = cluster.placement(CitusTenants.ACME);
    Node to = cluster.otherWorker(from);

    long deadline = System.nanoTime() + LOAD.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Long>> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      String tenant = tenants.get(i % tenants.size());
      int client = i;
      clients.add(pool.submit(() -> writeAndRead(tenant, client, deadline)));
    }
    Thread.sleep(MOVE_AFTER.toMillis());
    long moveStart = System.nanoTime();
    cluster.coordinator()
        .execute("select citus_schema_move({0}::regnamespace, {1}, {2}, 'force_logical')",
            DSL.inline(CitusTenants.ACME), DSL.inline(to.host()), DSL.inline(to.port()));
    Duration move = Duration.ofNanos(System.nanoTime() - moveStart);
    long writes = 0;
    for (Future<Long> client : clients) {
      writes += client.get();
    }
    pool.shutdown();

    System.out.printf(
        "tenant move under load: %s moved %s -> %s in %d ms; %d clients for %d s: %d writes acknowledged (%s),"
            + " %d reads, errors by SQL state %s, writes of unknown outcome %s%n",
        CitusTenants.ACME, from, to, move.toMillis(), CLIENTS, LOAD.toSeconds(), writes, sizes(acknowledged),
        reads.get(), new TreeMap<>(errors), sizes(unknown));
    assertEquals(to, cluster.placement(CitusTenants.ACME), "the tenant's tables are on the other worker");
    for (String tenant : tenants) {
      assertTenantHoldsExactlyTheAcknowledgedWrites(tenant);
    }
    assertTrue(writes > 100, "the clients wrote only " + writes + " times");
    assertTrue(RETRYABLE.containsAll(errors.keySet()), "errors other than retryable ones: " + errors);
  }

  /**
   * One client until {@code deadline}: a user, then a post of it, each acknowledged when the call
   * returns; then the user read back by id. Returns the number of acknowledged writes.
   */
  private long writeAndRead(String tenant, int client, long deadline) throws SQLException {
    long written = 0;
    Connection connection = cluster.coordinatorDataSource().getConnection();
    try {
      for (int n = 0; System.nanoTime() < deadline; n++) {
        DSLContext dsl = TenantSchema.of(DSL.using(connection, SQLDialect.POSTGRES), tenant);
        String name = client + "/" + n;
        try {
          User user = write(tenant, "user " + name, () -> new UserDao(dsl).insert(new User(null, "user " + name)));
          written++;
          write(tenant, "post " + name, () -> new UserDao(dsl).createPost(user, new Post(null, null, null, "post " + name)));
          written++;
          assertEquals(user, new UserDao(dsl).findById(user.id()).orElseThrow(), "read back");
          reads.incrementAndGet();
        } catch (RetryableFailure e) {
          if (!connection.isValid(5)) {
            connection.close();
            connection = cluster.coordinatorDataSource().getConnection();
          }
        }
      }
    } finally {
      connection.close();
    }
    return written;
  }

  /** docs/scale-out.md's "Errors to retry" names exactly {@link #RETRYABLE}. */
  @Test
  void theDocNamesTheStatesToRetry() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docs", "scale-out.md"));
    int start = doc.indexOf("**Errors to retry.**");
    assertTrue(start >= 0, "docs/scale-out.md has no \"Errors to retry\"");
    String section = doc.substring(start, doc.indexOf("\n###", start));
    Set<String> named = new TreeSet<>();
    Matcher state = Pattern.compile("`([0-9A-Z]{5})`").matcher(section);
    while (state.find()) {
      named.add(state.group(1));
    }
    assertEquals(new TreeSet<>(RETRYABLE), named);
  }

  /** Runs a write; records it as acknowledged, or, where it failed, its SQL state and outcome. */
  private <T> T write(String tenant, String what, Callable<T> call) {
    try {
      T result = call.call();
      acknowledged.get(tenant).add(what);
      return result;
    } catch (Exception e) {
      String state = sqlState(e);
      errors.computeIfAbsent(state, s -> new AtomicLong()).incrementAndGet();
      if (state.startsWith("08")) {
        unknown.get(tenant).add(what); // the connection went with the statement: it may have committed
      }
      if (!RETRYABLE.contains(state)) {
        throw new AssertionError("not a retryable error (" + state + ") writing " + what, e);
      }
      throw new RetryableFailure();
    }
  }

  private void assertTenantHoldsExactlyTheAcknowledgedWrites(String tenant) {
    DSLContext dsl = SharedCitus.tenant(tenant);
    List<String> rows = new ArrayList<>();
    new UserDao(dsl).findAll().forEach(user -> rows.add(user.name()));
    new PostDao(dsl).findAll().forEach(post -> rows.add(post.title()));
    Map<String, Long> copies = rows.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Map<String, Long> twice = new HashMap<>(copies);
    twice.values().removeIf(count -> count == 1);
    assertEquals(Map.of(), twice, tenant + ": rows there more than once");
    Set<String> missing = new TreeSet<>(acknowledged.get(tenant));
    missing.removeAll(copies.keySet());
    assertEquals(Set.of(), missing, tenant + ": acknowledged writes missing");
    Set<String> extra = new TreeSet<>(copies.keySet());
    extra.removeAll(acknowledged.get(tenant));
    extra.removeAll(unknown.get(tenant));
    assertEquals(Set.of(), extra, tenant + ": rows nobody acknowledged");
  }

  private static Map<String, Integer> sizes(Map<String, Set<String>> byTenant) {
    return new TreeMap<>(byTenant.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
  }

  /** The SQL state of the first {@link SQLException} in the causes, or {@code "none"}. */
  private static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "none: " + e;
  }

  /** A write failed with a retryable error: the client goes on with the next one. */
  private static final class RetryableFailure extends RuntimeException {
    RetryableFailure() {
      super(null, null, false, false);
    }
  }
}
