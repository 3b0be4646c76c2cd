package dev.relata.bench;

import dev.relata.bench.dao.BatchGetPostsBenchmark;
import dev.relata.bench.dao.BenchmarkDatabase;
import dev.relata.bench.dao.CountArticlesBenchmark;
import dev.relata.bench.dao.FindByIdBenchmark;
import dev.relata.bench.dao.GetPostsBenchmark;
import dev.relata.bench.dao.GetUserBenchmark;
import dev.relata.bench.dao.InsertAllBenchmark;
import dev.relata.bench.dao.Seed;
import dev.relata.bench.dao.TopArticlesBenchmark;
import dev.relata.bench.graph.AddTagsBenchmark;
import dev.relata.bench.graph.GraphBenchmark;
import dev.relata.bench.graph.InsertGraphBenchmark;
import dev.relata.bench.javac.CodeSize;
import dev.relata.bench.javac.JavacBenchmark;
import dev.relata.bench.links.LinksBenchmark;
import dev.relata.bench.pgbouncer.PgBouncerBatchBenchmark;
import dev.relata.bench.pgbouncer.PgBouncerByIdBenchmark;
import dev.relata.bench.pgbouncer.PgBouncerFixture;
import dev.relata.embedded.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and prints the table of ratios. Starts one embedded PostgreSQL (unless
 * {@code RELATA_JDBC_URL} names a server), seeds it once in the benchmarks' schema, and hands its
 * URL, which lands in that schema, to JMH's forks.
 *
 * <p>Arguments, all optional: regular expressions selecting benchmarks (default: all, the PgBouncer
 * pairs only where {@code RELATA_PGBOUNCER_URL} is set), and
 * {@code -prof NAME[:OPTIONS]} to add a JMH profiler ({@code gc}, {@code stack}, {@code jfr:dir=/tmp/jfr}, ...).
 */
public final class BenchmarkMain {

  static final List<Pair> PAIRS =
      List.of(
          new Pair("getPosts(user), 10 posts", "GetPostsBenchmark", "relata", "jdbc", 1.15),
          new Pair("posts of 1,000 users: batch vs N+1", "BatchGetPostsBenchmark", "relataBatch", "nPlusOne", 0.05),
          // Not Relata's: what this machine allows for the line above, hand-written on both sides.
          new Pair(
              "(floor) posts of 1,000 users: JDBC any(?) vs N+1", "BatchGetPostsBenchmark", "jdbc", "nPlusOne", 0.05),
          new Pair("posts of 1,000 users: batch vs JDBC any(?)", "BatchGetPostsBenchmark", "relataBatch", "jdbc", 1.2),
          new Pair("findById", "FindByIdBenchmark", "relata", "jdbc", 1.15),
          new Pair("insert 10,000 posts", "InsertAllBenchmark", "relata", "jdbcBatch", 1.3),
          // The same work on both sides: the JDBC batch returns the stored rows too.
          new Pair("(same work) insert 10,000 posts, rows returned", "InsertAllBenchmark", "relata", "jdbcBatchReturning", 1.3),
          new Pair("getUser of 10,000 posts", "GetUserBenchmark", "relataBatch", "jdbc", 1.2),
          new Pair("top 3 articles of 1,000 authors: batch vs JDBC", "TopArticlesBenchmark", "relataBatch", "jdbc", 1.2),
          // Reported, no target: what the one statement saves over a getter per author.
          new Pair(
              "top 3 articles of 1,000 authors: batch vs N+1", "TopArticlesBenchmark", "relataBatch", "nPlusOne", 1.0),
          new Pair("article counts of 1,000 authors: batch vs JDBC", "CountArticlesBenchmark", "relataBatch", "jdbc", 1.2),
          new Pair("graph: 100 users, posts, tags, 3 comments each", "GraphBenchmark", "relata", "jdbc", 1.2),
          new Pair("insert 100 graphs: user, 3 posts, 2 tags and 3 comments each", "InsertGraphBenchmark", "relata", "jdbc", 1.2),
          new Pair("addTags: the anti-join vs the not exists it replaced", "AddTagsBenchmark", "antiJoin", "notExists", 1.0),
          new Pair("project links of 1,000 members vs JDBC", "LinksBenchmark", "relataBatch", "jdbc", 1.2),
          new Pair(
              "(report) the same, a through record without dates", "LinksBenchmark", "relataStars", "jdbcStars", 1.2),
          // Reported: if one MULTISET query beat the loader by more than 1.3x, it would earn a place as a strategy.
          new Pair("(report) the same page: loader vs jOOQ MULTISET", "GraphBenchmark", "relata", "multiset", 1.3),
          new Pair("javac, 200 entities / 400 associations", "JavacBenchmark", "withProcessor", "withoutProcessor", 2.0),
          // Reported, not Relata's: what PgBouncer's hop costs, with and without the server-side
          // prepared statements it makes the driver give up (run only with RELATA_PGBOUNCER_URL).
          new Pair("(report) findById: PgBouncer vs direct", "PgBouncerByIdBenchmark", "pgbouncer", "direct", 2.0),
          new Pair(
              "(report) findById: PgBouncer vs direct, prepareThreshold=0", "PgBouncerByIdBenchmark", "pgbouncer",
              "directUnprepared", 2.0),
          new Pair(
              "(report) posts of 1,000 users, batch: PgBouncer vs direct", "PgBouncerBatchBenchmark", "pgbouncer",
              "direct", 2.0),
          new Pair(
              "(report) posts of 1,000 users, batch: PgBouncer vs direct, prepareThreshold=0",
              "PgBouncerBatchBenchmark", "pgbouncer", "directUnprepared", 2.0));

  /** The benchmarks, each with the names of its sides. */
  static final List<Rotation> BENCHMARKS =
      List.of(
          new GetPostsBenchmark(),
          new BatchGetPostsBenchmark(),
          new FindByIdBenchmark(),
          new InsertAllBenchmark(),
          new GetUserBenchmark(),
          new TopArticlesBenchmark(),
          new CountArticlesBenchmark(),
          new GraphBenchmark(),
          new AddTagsBenchmark(),
          new InsertGraphBenchmark(),
          new LinksBenchmark(),
          new JavacBenchmark(),
          new PgBouncerByIdBenchmark(),
          new PgBouncerBatchBenchmark());

  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    List<String> includes = new ArrayList<>();
    List<String> profilers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-prof") && i + 1 < args.length) {
        profilers.add(args[++i]);
      } else {
        includes.add(args[i]);
      }
    }
    String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    try (Database database = Database.open(BenchmarkDatabase.SCHEMA)) {
      String jdbcUrl = database.jdbcUrl();
      try (Connection connection = BenchmarkDatabase.connect(jdbcUrl)) {
        Seed.ensure(DSL.using(connection, SQLDialect.POSTGRES));
      } catch (SQLException e) {
        throw new IllegalStateException("could not seed " + jdbcUrl, e);
      }
      Collection<RunResult> results = new Runner(options(jdbcUrl, includes, profilers)).run();
      System.out.println();
      System.out.println("Relata benchmarks, " + started + " UTC, " + (database.isEmbedded() ? "embedded " : "")
          + "PostgreSQL, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
          + System.getProperty("java.version"));
      System.out.println();
      RatioTable table = new RatioTable(results, sides());
      System.out.print(table.render(PAIRS));
      System.out.println();
      System.out.print(table.renderScores());
      if (includes.isEmpty() || includes.stream().anyMatch(i -> i.contains("Javac"))) {
        System.out.println();
        System.out.println(CodeSize.measure().describe());
      }
    }
  }

  private static Map<String, List<String>> sides() {
    Map<String, List<String>> sides = new LinkedHashMap<>();
    BENCHMARKS.forEach(b -> sides.put(b.getClass().getSimpleName(), b.sides()));
    return sides;
  }

  private static Options options(
      String jdbcUrl, List<String> includes, List<String> profilers) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        // Replaces the annotations' jvmArgsAppend, so it repeats them.
        .jvmArgsAppend(
            "-Xms3g", "-Xmx3g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
            "-D" + BenchmarkDatabase.URL_PROPERTY + "=" + jdbcUrl)
        .shouldFailOnError(true);
    if (includes.isEmpty()) {
      options.include("dev\\.relata\\.bench\\..*");
      String bouncer = System.getenv(PgBouncerFixture.URL_VARIABLE);
      if (bouncer == null || bouncer.isBlank()) {
        // They need a PgBouncer; named explicitly without one, they fail saying so.
        options.exclude("dev\\.relata\\.bench\\.pgbouncer\\..*");
      }
    }
    includes.forEach(options::include);
    for (String profiler : profilers) {
      // JMH's own syntax: -prof NAME or -prof NAME:OPTIONS
      int colon = profiler.indexOf(':');
      if (colon < 0) {
        options.addProfiler(profiler);
      } else {
        options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
      }
    }
    return options.build();
  }
}
