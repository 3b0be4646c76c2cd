package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The generated Javadoc links a polymorphic parent's sealed interface by the name JavaPoet writes
 * for it in that file: its simple name where it is imported, else the name that reaches it, such
 * as that of an interface nested in the child record.
 */
class PolymorphicLinksTest {

  @Test
  void aNestedInterfaceIsLinkedByItsEnclosingRecord() {
    Compilation compilation =
        compile(
            source(
                "Comment", "@Entity",
                "@BelongsTo(value = Comment.Parent.class, foreignKey = \"parentId\", typeKey = \"parentType\")",
                "public record Comment(@Id Long id, Long parentId, String parentType) {",
                "  public sealed interface Parent permits Post, Video {}", "}"),
            source("Post", "@Entity", "public record Post(@Id Long id) implements Comment.Parent {}"),
            source("Video", "@Entity", "public record Video(@Id Long id) implements Comment.Parent {}"));
    assertThat(compilation).succeededWithoutWarnings();
    StringSubject dao = assertThat(compilation).generatedSourceFile("test.CommentDao").contentsAsUtf8String();
    dao.contains("Returns the {@link Comment.Parent} that");
    dao.contains("names no record {@link Comment.Parent}");
    dao.doesNotContain("{@link Parent}");
  }
}
