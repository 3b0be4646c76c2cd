package dev.relata.bench.dao;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code userDao.findById(id)} against the same query by hand, by turns. */
public class FindByIdBenchmark extends DatabaseBenchmark {

  public FindByIdBenchmark() {
    super("relata", "jdbc");
  }

  @Benchmark
  public Object findById(Fixture fixture) throws SQLException {
    return side() == 0 ? fixture.userDao.findById(fixture.user.id()) : fixture.jdbc.findUser(fixture.user.id());
  }
}
