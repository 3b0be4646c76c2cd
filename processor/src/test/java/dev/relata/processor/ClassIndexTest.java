package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.relata.processor.Sources.source;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code META-INF/relata/index}: exactly the generated DAOs and loaders, of every round, and, in a
 * build that recompiles only some sources, those of the earlier index whose classes still exist.
 */
class ClassIndexTest {

  private static final String USER = "public record User(@Id Long id, String name) {}";

  @Test
  void listsTheDaosAndLoadersOfEveryRoundAndNothingElse() {
    JavaFileObject user = source("User", "@Entity", "@HasMany(Post.class)", USER);
    JavaFileObject post = source("Post", "@Entity", "@BelongsTo(User.class)", "public record Post(@Id Long id, Long userId) {}");
    JavaFileObject page = source("UserPage", "@Graph(User.class)", "public record UserPage(User user, List<Post> posts) {}");
    // Ticket's Status comes from another processor's first round: Ticket is processed in the second.
    JavaFileObject ticket = source("Ticket", "@Entity", "public record Ticket(@Id Long id, Status status) {}");
    Compilation compilation =
        javac().withProcessors(new RelataProcessor(), new DeferralTest.StatusGenerator()).compile(user, post, page, ticket);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, ClassIndex.PATH)
        .contentsAsUtf8String()
        .isEqualTo("test.PostDao\ntest.TicketDao\ntest.UserDao\ntest.UserPageLoader\n");
  }

  @Test
  void writesNoIndexWithoutEntities() {
    Compilation compilation = javac().withProcessors(new RelataProcessor()).compile(source("Plain", "record Plain(int a) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        compilation.generatedFiles().stream().noneMatch(f -> f.toUri().getPath().endsWith(ClassIndex.PATH)),
        "an index was written for a compilation without entities");
  }

  /** A build that recompiles one source keeps the other sources' DAOs, and drops a deleted class. */
  @Test
  void incrementalCompilationKeepsTheEntriesOfClassesThatStillExist(@TempDir Path directory) throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/test"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    Path user = write(sources, "User", "@Entity", USER);
    Path tag = write(sources, "Tag", "@Entity", "public record Tag(@Id Long id, String label) {}");
    Path note = write(sources, "Note", "@Entity", "public record Note(@Id Long id, String text) {}");
    Path index = classes.resolve(ClassIndex.PATH);

    compile(classes, user, tag, note);
    assertEquals("test.NoteDao\ntest.TagDao\ntest.UserDao\n", Files.readString(index, UTF_8));

    // Only Tag.java changed: javac sees Tag alone, User's and Note's classes are on the class path.
    compile(classes, tag);
    assertEquals("test.NoteDao\ntest.TagDao\ntest.UserDao\n", Files.readString(index, UTF_8));

    // Note.java was deleted, and the build deleted the classes made from it.
    Files.delete(note);
    try (var stale = Files.list(classes.resolve("test"))) {
      for (Path file : stale.filter(f -> f.getFileName().toString().startsWith("Note")).toList()) {
        Files.delete(file);
      }
    }
    compile(classes, tag);
    assertEquals("test.TagDao\ntest.UserDao\n", Files.readString(index, UTF_8));
  }

  private static Path write(Path directory, String name, String... lines) throws IOException {
    Path file = directory.resolve(name + ".java");
    List<String> all = new ArrayList<>(List.of("package test;", "import dev.relata.*;"));
    all.addAll(List.of(lines));
    Files.write(file, all, UTF_8);
    return file;
  }

  /** javac as a build tool runs it: the class output on the class path, the processor given. */
  private static void compile(Path classes, Path... files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      List<String> options =
          List.of("-d", classes.toString(), "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"));
      JavaCompiler.CompilationTask task =
          javac.getTask(output, manager, null, options, null, manager.getJavaFileObjects(files));
      task.setProcessors(List.of(new RelataProcessor()));
      assertTrue(task.call(), () -> "javac failed:\n" + output);
    }
  }
}
