package dev.relata.bench.javac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.relata.bench.Rotation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac on the {@link GeneratedProject} (200 entities, 400 associations): with the processor
 * (generating and compiling the DAOs and tables), against the records alone, and the processor
 * without compiling its output, which splits the difference; the three take turns by iteration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 6)
@Measurement(iterations = 24)
public class JavacBenchmark extends Rotation {

  private final Javac javac = new Javac();
  private Path root;
  private List<Path> sources;
  private Path work;

  public JavacBenchmark() {
    // In the order of Javac.Processing.
    super("withoutProcessor", "withProcessor", "processorOnly");
  }

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

  /**
   * By turns: the records with {@code -proc:none}; the records with the processor (what a user's
   * build costs); the processor alone with {@code -proc:only} (where that cost goes).
   */
  @Benchmark
  public void compile() {
    javac.compile(sources, work, Javac.Processing.values()[side()]);
  }
}
