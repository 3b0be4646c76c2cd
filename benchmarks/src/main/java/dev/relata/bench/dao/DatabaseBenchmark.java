package dev.relata.bench.dao;

import dev.relata.bench.Rotation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every database benchmark shares: average time per call, one fork, short
 * iterations taking turns between the sides of the pair (the whole suite has to stay within
 * minutes on two cores). Iteration counts are multiples of 2 and 3, so that every side of a
 * two- or three-sided pair gets the same number of iterations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 48, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public abstract class DatabaseBenchmark extends Rotation {

  /** @param sides the sides' names, in turn order */
  protected DatabaseBenchmark(String... sides) {
    super(sides);
  }
}
