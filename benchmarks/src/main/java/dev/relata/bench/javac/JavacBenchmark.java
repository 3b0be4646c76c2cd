package dev.relata.bench.javac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac on the {@link GeneratedProject} (200 entities, 400 associations): with the processor
 * (generating and compiling the DAOs and tables), against the records alone. The third
 * benchmark, the processor without compiling its output, splits the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class JavacBenchmark {

  private final Javac javac = new Javac();
  private Path root;
  private List<Path> sources;
  private Path work;

  /** Writes the project once per run. */
  @Setup
  public void writeProject() throws IOException {
    root = Files.createTempDirectory("relata-javac-bench");
    sources = GeneratedProject.write(root.resolve("src"));
    work = root.resolve("out");
  }

  /** Leaves no files behind. */
  @TearDown
  public void deleteProject() {
    Javac.delete(root);
  }

  /** The records, {@code -proc:none}. */
  @Benchmark
  public void withoutProcessor() {
    javac.compile(sources, work, Javac.Processing.NONE);
  }

  /** The records with the processor: what a user's build costs. */
  @Benchmark
  public void withProcessor() {
    javac.compile(sources, work, Javac.Processing.FULL);
  }

  /** The processor alone, {@code -proc:only}: where the time of {@link #withProcessor} goes. */
  @Benchmark
  public void processorOnly() {
    javac.compile(sources, work, Javac.Processing.ONLY);
  }
}
