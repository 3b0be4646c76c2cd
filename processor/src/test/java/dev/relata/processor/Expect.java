package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;

/** The assertions of the negative tests: one diagnostic, its code, its text, its line. */
final class Expect {

  private Expect() {}

  /**
   * {@code compilation} failed with exactly one error, {@code message}'s, on the line of {@code
   * file} containing {@code line}, whose text contains {@code text}.
   */
  static void onlyError(Compilation compilation, Message message, JavaFileObject file, String line, String text) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message.code()).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorContaining(message.code() + " " + text);
  }

  /** Nothing was generated for {@code entity} (a simple name in package {@code test}). */
  static void nothingGeneratedFor(Recording processor, String entity) {
    assertFalse(processor.has("test." + entity + "Dao"), entity + "Dao was generated");
    assertFalse(processor.has("test." + entity + "Table"), entity + "Table was generated");
  }

  /** {@code entity}'s DAO was generated with {@code method} (a simple name in package {@code test}). */
  static void daoHas(Recording processor, String entity, String method) {
    assertTrue(processor.methods("test." + entity + "Dao").contains(method), entity + "Dao has no " + method);
  }

  /** {@code entity}'s DAO was generated without {@code method}. */
  static void daoLacks(Recording processor, String entity, String method) {
    assertFalse(processor.methods("test." + entity + "Dao").contains(method), entity + "Dao has " + method);
  }

  /** {@code compilation} raised no warning: a warning about an entity with errors would be noise. */
  static void noWarnings(Compilation compilation) {
    assertThat(compilation).hadWarningCount(0);
  }

  /** Both classes were generated for {@code entity}. */
  static void generatedFor(Recording processor, String entity) {
    assertTrue(processor.has("test." + entity + "Dao"), entity + "Dao was not generated");
    assertTrue(processor.has("test." + entity + "Table"), entity + "Table was not generated");
  }
}
