package dev.relata.bench.dao;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;

/** {@code userDao.findById(id)} against the same query by hand, by turns. */
// Calls of about 0.1 ms, whose time moves most with the machine's load: shorter turns, more of them.
@Measurement(iterations = 96, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class FindByIdBenchmark extends DatabaseBenchmark {

  public FindByIdBenchmark() {
    super("relata", "jdbc");
  }

  @Benchmark
  public Object findById(Fixture fixture) throws SQLException {
    return side() == 0 ? fixture.userDao.findById(fixture.user.id()) : fixture.jdbc.findUser(fixture.user.id());
  }
}
