package dev.relata.processor;

import com.palantir.javapoet.JavaFile;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@value #PATH}: the generated DAO and loader classes of the compilation, one fully qualified
 * name a line, in name order. Frameworks read it to build every DAO and loader of an application
 * without scanning the class path (Relata's Spring Boot starter does).
 *
 * <p>Written once, in the last round, so that classes of every round are in it. A build that
 * recompiles only some sources (an IDE's or Gradle's incremental compile) runs the processor on
 * those alone: the index then keeps the entries of the index already in the class output whose
 * classes still exist (as classes on the class path or sources of this compilation), and drops
 * those whose classes the build deleted.
 */
final class ClassIndex {

  /** Where the index is, in the class output and so in the jar. */
  static final String PATH = "META-INF/relata/index";

  private final Set<String> written = new TreeSet<>();

  /** Lists {@code file}'s class, a generated DAO or loader. */
  void add(JavaFile file) {
    written.add(file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name());
  }

  /**
   * Writes the index: this compilation's classes and the earlier index's that still exist. Writes
   * nothing where neither has an entry.
   *
   * @throws IOException if the earlier index cannot be read or the new one written
   */
  void write(Filer filer, Elements elements) throws IOException {
    Optional<String> earlier = read(filer);
    Set<String> entries = new TreeSet<>(written);
    earlier.ifPresent(
        text -> text.lines().map(String::strip).filter(name -> !name.isEmpty() && elements.getTypeElement(name) != null)
            .forEach(entries::add));
    if (entries.isEmpty() && earlier.isEmpty()) {
      return;
    }
    try (Writer out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH).openWriter()) {
      for (String name : entries) {
        out.write(name);
        out.write('\n');
      }
    }
  }

  /** The index an earlier compilation left in the class output, if any. */
  private static Optional<String> read(Filer filer) throws IOException {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (InputStream in = file.openInputStream()) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (FileNotFoundException | NoSuchFileException absent) {
      return Optional.empty();
    }
  }
}
