package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @BelongsToMany(unique = ...)}: the join table's pair constraint, on by default. */
class UniquePairTest {

  private static final JavaFileObject MEMBER = source("Member", "@Entity", "public record Member(@Id Long id) {}");
  private static final JavaFileObject LOAN =
      source("Loan", "@Entity", "public record Loan(@Id Long id, Long bookId, Long memberId, LocalDate due) {}");

  @Test
  void thePairIsUniqueByDefault() {
    JavaFileObject book =
        source(
            "Book", "@Entity", "@BelongsToMany(value = Member.class, through = Loan.class)",
            "public record Book(@Id Long id) {}");
    Compilation compilation = compile(book, MEMBER, LOAN);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.RelataSchema")
        .contentsAsUtf8String()
        .contains(".unique(\"loans_book_id_member_id_key\", \"book_id\", \"member_id\")");
    assertThat(compilation).generatedSourceFile("test.BookDao").contentsAsUtf8String().contains("on conflict do nothing");
  }

  @Test
  void uniqueFalseLeavesThePairFreeAndLocksTheOwnerToAdd() {
    JavaFileObject book =
        source(
            "Book", "@Entity", "@BelongsToMany(value = Member.class, through = Loan.class, unique = false)",
            "public record Book(@Id Long id) {}");
    Compilation compilation = compile(book, MEMBER, LOAN);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.RelataSchema").contentsAsUtf8String().doesNotContain(".unique(");
    assertThat(compilation)
        .generatedSourceFile("test.BookDao")
        .contentsAsUtf8String()
        .contains("new AssociationNames(\"book\", \"books\", \"member\", \"members\"),\n      false);");
    assertThat(compilation).generatedSourceFile("test.BookDao").contentsAsUtf8String().doesNotContain("on conflict");
  }

  @Test
  void thePairStaysUniqueWhileOneSideAsksForIt() {
    JavaFileObject book =
        source(
            "Book", "@Entity", "@BelongsToMany(value = Member.class, through = Loan.class, unique = false)",
            "public record Book(@Id Long id) {}");
    JavaFileObject member =
        source(
            "Member", "@Entity", "@BelongsToMany(value = Book.class, through = Loan.class)",
            "public record Member(@Id Long id) {}");
    Compilation compilation = compile(book, member, LOAN);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.RelataSchema").contentsAsUtf8String().contains(".unique(");
  }
}
