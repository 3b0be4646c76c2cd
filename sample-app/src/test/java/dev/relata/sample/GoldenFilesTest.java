package dev.relata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's golden files for the blog are what this build generates: its test compiles these
 * records in place, so a reader of {@code processor/src/test/resources/expected/dev/relata/sample/blog/}
 * sees this app's classes. Those files hold, besides, the loaders of the processor tests' own graphs
 * of the blog ({@code processor/src/test/resources/good/blog-graphs/}), which this app does not have.
 */
class GoldenFilesTest {

  private static final Path PROCESSOR = Path.of("..", "processor", "src", "test", "resources");

  @Test
  void theProcessorsGoldenFilesAreWhatThisBuildGenerates() throws IOException {
    Set<String> testGraphLoaders;
    try (Stream<Path> graphs = Files.list(PROCESSOR.resolve("good/blog-graphs"))) {
      testGraphLoaders =
          graphs.map(graph -> graph.getFileName().toString().replace(".java", "Loader.java")).collect(Collectors.toSet());
    }
    Map<String, String> golden = files(PROCESSOR.resolve("expected/dev/relata/sample/blog"));
    golden.keySet().removeAll(testGraphLoaders);
    Map<String, String> generated = files(Path.of("target", "generated-sources", "annotations", "dev", "relata", "sample", "blog"));
    assertEquals(golden.keySet(), generated.keySet(), "generated files");
    for (Map.Entry<String, String> file : golden.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  /** Each file of {@code directory} by name, with its text. */
  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(directory)) {
      for (Path file : all.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }
}
