package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of each scenario (the sample app's blog, read in place, with the tests' own
 * graphs of it; entities with timestamps, versions and a graph of links; scoped associations; a
 * polymorphic parent), character for character, against the files under {@code
 * src/test/resources/expected/}. Run with
 * {@code RELATA_UPDATE_GOLDEN=true} (environment variable or system property) to rewrite those
 * files from the actual output; the diff then shows what a change to the generators does to users'
 * code. A rewrite is refused where {@code CI=true}: there the test would compare the output with
 * itself.
 */
class GoldenTest {

  @Test
  void blogGeneratesTheExpectedSources() throws IOException {
    assertGenerates("blog", GoodModels.blog());
  }

  @Test
  void timestampsVersionsAndLinksGenerateTheExpectedSources() throws IOException {
    assertGenerates("stamps", List.of(GoodModels.resource("stamps")));
  }

  @Test
  void scopesGenerateTheExpectedSources() throws IOException {
    assertGenerates("scopes", List.of(GoodModels.resource("scopes")));
  }

  @Test
  void polymorphicAssociationsGenerateTheExpectedSources() throws IOException {
    assertGenerates("polymorphic", List.of(GoodModels.resource("polymorphic")));
  }

  /** Compiles every record of {@code directories}, package {@code dev.relata.sample.<scenario>}. */
  private static void assertGenerates(String scenario, List<Path> directories) throws IOException {
    String directory = "dev/relata/sample/" + scenario;
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path source : GoodModels.sources(directories)) {
      sources.add(JavaFileObjects.forResource(source.toUri().toURL()));
    }
    Compilation compilation = Sources.compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> actual = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.toUri().getPath();
      actual.put(name.substring(name.indexOf(directory)), file.getCharContent(true).toString());
    }
    if (updating()) {
      // Under CI the comparison must be with the files checked in, not with those just written.
      assertFalse(
          Boolean.parseBoolean(System.getenv("CI")),
          "RELATA_UPDATE_GOLDEN=true rewrites the expected files and so passes whatever is generated; it is refused"
              + " where CI=true. Regenerate the files locally and commit them with the change.");
      rewrite(directory, actual);
    }
    Map<String, String> expected = expected(directory);
    assertEquals(expected.keySet(), actual.keySet(), "generated files");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), actual.get(file.getKey()), file.getKey() + " (RELATA_UPDATE_GOLDEN=true rewrites it)");
    }
  }

  private static boolean updating() {
    return Boolean.parseBoolean(System.getenv("RELATA_UPDATE_GOLDEN"))
        || Boolean.getBoolean("RELATA_UPDATE_GOLDEN");
  }

  /** Replaces the checked-in expected files (in the source tree, not on the class path) with {@code actual}. */
  private static void rewrite(String packagePath, Map<String, String> actual) throws IOException {
    Path directory = expectedDirectory(packagePath);
    if (Files.isDirectory(directory)) {
      try (Stream<Path> old = Files.list(directory)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(directory);
    for (Map.Entry<String, String> file : actual.entrySet()) {
      Files.writeString(directory.resolve(Path.of(file.getKey()).getFileName()), file.getValue());
    }
  }

  /** Read from the source tree, so a rewrite is checked in the same run. */
  private static Map<String, String> expected(String packagePath) throws IOException {
    Map<String, String> expected = new TreeMap<>();
    Path directory = expectedDirectory(packagePath);
    if (!Files.isDirectory(directory)) {
      return expected;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        expected.put(packagePath + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return expected;
  }

  private static Path expectedDirectory(String packagePath) {
    return GoodModels.MODULE.resolve("src/test/resources/expected").resolve(packagePath);
  }
}
