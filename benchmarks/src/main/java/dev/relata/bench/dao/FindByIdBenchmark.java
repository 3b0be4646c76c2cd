package dev.relata.bench.dao;

import dev.relata.bench.model.User;
import java.sql.SQLException;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;

/** {@code userDao.findById(id)} against the same query by hand. */
public class FindByIdBenchmark extends DatabaseBenchmark {

  /** The generated DAO. */
  @Benchmark
  public Optional<User> relata(Fixture fixture) {
    return fixture.userDao.findById(fixture.user.id());
  }

  /** A PreparedStatement. */
  @Benchmark
  public Optional<User> jdbc(Fixture fixture) throws SQLException {
    return fixture.jdbc.findUser(fixture.user.id());
  }
}
