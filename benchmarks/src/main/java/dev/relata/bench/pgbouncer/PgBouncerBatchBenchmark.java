package dev.relata.bench.pgbouncer;

import dev.relata.bench.dao.DatabaseBenchmark;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The batch {@code userDao.getPosts(users)} of 1,000 users with ten posts each (one statement,
 * 10,000 rows) through PgBouncer and straight to PostgreSQL, by turns.
 */
public class PgBouncerBatchBenchmark extends DatabaseBenchmark {

  public PgBouncerBatchBenchmark() {
    super(PgBouncerFixture.SIDES);
  }

  @Benchmark
  public Object postsOfUsers(PgBouncerFixture fixture) {
    return fixture.userDao(side()).getPosts(fixture.users);
  }
}
