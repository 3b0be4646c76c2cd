package dev.relata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources and the compilation every processor test runs. */
final class Sources {

  /** What every inline test source starts with, so a test shows only the record. */
  private static final List<String> HEADER =
      List.of(
          "package test;",
          "import dev.relata.*;",
          "import java.math.BigDecimal;",
          "import java.time.*;",
          "import java.util.*;");

  private Sources() {}

  /** A source file {@code test/<name>.java} made of the header and {@code lines}. */
  static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + name, all);
  }

  /** A source file from the test resources, e.g. {@code good/scopes/Post.java}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** Compiles {@code files} with the Relata processor, as a user's build would. */
  static Compilation compile(JavaFileObject... files) {
    return javac().withProcessors(new RelataProcessor()).compile(files);
  }

  /** Compiles {@code files} with the Relata processor, and {@code recording} after it, which sees what it generates. */
  static Compilation compile(Recording recording, JavaFileObject... files) {
    return javac().withProcessors(new RelataProcessor(), recording).compile(files);
  }
}
