package dev.relata.bench.pgbouncer;

import dev.relata.bench.dao.DatabaseBenchmark;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;

/** {@code userDao.findById(id)} through PgBouncer and straight to PostgreSQL, by turns. */
// Calls of about 0.1 ms, as FindByIdBenchmark: shorter turns, more of them.
@Measurement(iterations = 96, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class PgBouncerByIdBenchmark extends DatabaseBenchmark {

  public PgBouncerByIdBenchmark() {
    super(PgBouncerFixture.SIDES);
  }

  @Benchmark
  public Object byId(PgBouncerFixture fixture) {
    return fixture.userDao(side()).findById(fixture.user.id());
  }
}
