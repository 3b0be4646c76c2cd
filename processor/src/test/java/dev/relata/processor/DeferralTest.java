package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Records whose types another processor generates are not rejected: they wait for the round in
 * which the type exists, and so do the entities whose associations lead to them.
 */
class DeferralTest {

  /** Writes {@code test.Status}, an enum, in its first round, as any code generator could. */
  static final class StatusGenerator extends StatusWriter {
    StatusGenerator() {
      super("package test;\npublic enum Status { OPEN, CLOSED }\n");
    }
  }

  /** Writes {@code test.Status}, an entity, in its first round: after Relata has seen a class literal naming it. */
  static final class StatusEntityGenerator extends StatusWriter {
    StatusEntityGenerator() {
      super("package test;\n@dev.relata.Entity public record Status(@dev.relata.Id Long id) {}\n");
    }
  }

  /** A processor that writes the source of {@code test.Status} in its first round. */
  abstract static class StatusWriter extends AbstractProcessor {
    private final String source;
    private boolean done;

    StatusWriter(String source) {
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Status").openWriter()) {
          out.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /**
   * A class an association names is not waited for (it is most often misspelt, and javac says so);
   * where another processor makes it later after all, the association is missing, and that is an error.
   */
  @Test
  void associationClassFromALaterRoundIsAnError() {
    JavaFileObject ticket =
        source("Ticket", "@Entity", "@BelongsTo(Status.class)", "public record Ticket(@Id Long id, Long statusId) {}");
    Compilation compilation = javac().withProcessors(new RelataProcessor(), new StatusEntityGenerator()).compile(ticket);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Message.LATE_ASSOCIATION_CLASS.code() + " Ticket names a class that another annotation processor")
        .inFile(ticket)
        .onLineContaining("record Ticket");
  }

  @Test
  void componentTypeFromALaterRoundIsWaitedFor() {
    JavaFileObject ticket =
        source(
            "Ticket", "@Entity", "@BelongsTo(Project.class)",
            "public record Ticket(@Id Long id, Status status, Long projectId) {}");
    // Project is first in the compilation and points at Ticket, which cannot be parsed yet.
    JavaFileObject project = source("Project", "@Entity", "@HasMany(Ticket.class)", "public record Project(@Id Long id) {}");
    Compilation compilation =
        javac().withProcessors(new RelataProcessor(), new StatusGenerator()).compile(project, ticket);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TicketTable").contentsAsUtf8String().contains("TableField<Record, Status> STATUS");
    assertThat(compilation).generatedSourceFile("test.ProjectDao").contentsAsUtf8String().contains("getTickets(Project project)");
    assertThat(compilation).generatedSourceFile("test.RelataSchema").contentsAsUtf8String().contains("TableDefinition.named(\"tickets\")");
  }
}
