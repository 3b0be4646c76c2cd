package dev.relata.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the good models the golden and mutation tests compile are. The blog and the RealWorld
 * records are read in place from their modules, so the tests hold the code users read, not a copy
 * of it that drifts; the other models are the tests' own, under {@code src/test/resources/good/}.
 */
public final class GoodModels {

  /** The processor module: surefire runs the tests there and says so in {@code basedir}. */
  public static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

  private GoodModels() {}

  /**
   * The blog: every record of the sample app's {@code dev.relata.sample.blog}, and the tests' own
   * graphs of them ({@code good/blog-graphs/}, same package).
   */
  public static List<Path> blog() {
    return List.of(MODULE.resolveSibling("sample-app/src/main/java/dev/relata/sample/blog"), resource("blog-graphs"));
  }

  /** The RealWorld example's records. */
  public static Path realWorld() {
    return MODULE.resolveSibling("realworld/src/main/java/dev/relata/realworld/model");
  }

  /** The directory {@code good/<name>} of the test resources. */
  public static Path resource(String name) {
    try {
      return Path.of(GoodModels.class.getClassLoader().getResource("good/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code .java} files of {@code directories}, sorted by name within each. */
  public static List<Path> sources(List<Path> directories) {
    return directories.stream().flatMap(GoodModels::sources).toList();
  }

  private static Stream<Path> sources(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
