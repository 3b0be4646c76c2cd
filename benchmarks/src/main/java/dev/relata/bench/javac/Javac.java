package dev.relata.bench.javac;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a set of sources in this JVM with the system {@link JavaCompiler}, on this JVM's class
 * path (which holds the runtime, jOOQ and the processor), the way a build tool would.
 */
public final class Javac {

  /** What the annotation processor does in a compilation. */
  public enum Processing {
    /** {@code -proc:none}: the records alone, the baseline. */
    NONE,
    /** The processor runs and its output is compiled too: what a user's build costs. */
    FULL,
    /** {@code -proc:only}: the processor runs, its output is not compiled. */
    ONLY
  }

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

  /**
   * Compiles {@code sources} into fresh folders under {@code work}: {@code classes} and, for the
   * processor's output, {@code generated}.
   *
   * @throws IllegalStateException if javac reports an error
   */
  public void compile(List<Path> sources, Path work, Processing processing) {
    Path classes = work.resolve("classes");
    Path generated = work.resolve("generated");
    recreate(classes);
    recreate(generated);
    List<String> options = new ArrayList<>(List.of(
        "-d", classes.toString(),
        "-s", generated.toString(),
        "-classpath", System.getProperty("java.class.path"),
        "-Xlint:none"));
    switch (processing) {
      case NONE -> options.add("-proc:none");
      case FULL -> options.addAll(List.of("-processor", "dev.relata.processor.RelataProcessor"));
      case ONLY -> options.addAll(List.of("-proc:only", "-processor", "dev.relata.processor.RelataProcessor"));
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      boolean ok =
          compiler.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        throw new IllegalStateException("javac failed:\n" + diagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recreate(Path dir) {
    delete(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }
}
