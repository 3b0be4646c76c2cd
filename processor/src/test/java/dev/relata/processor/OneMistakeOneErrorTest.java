package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes a new user made with a small library of their own, each once the source of a crash or
 * of errors elsewhere: now one error, on the element to change, and the user's code that does not
 * depend on the mistake compiles (the {@code Shelf} class calls the DAOs the mistake leaves alone).
 */
class OneMistakeOneErrorTest {

  private static final JavaFileObject AUTHOR =
      source("Author", "@Entity", "@HasMany(Book.class)", "public record Author(@Id Long id, String name) {}");
  private static final JavaFileObject BOOK =
      source("Book", "@Entity", "@BelongsTo(Author.class)", "public record Book(@Id Long id, String title, Long authorId) {}");
  private static final JavaFileObject AUTHOR_PAGE =
      source("AuthorPage", "@Graph(Author.class)", "public record AuthorPage(Author author, List<Book> books) {}");
  private static final JavaFileObject BOOK_PAGE =
      source("BookPage", "@Graph(Book.class)", "public record BookPage(Book book, Author author) {}");
  /** The user's own code, over the DAOs of both entities. */
  private static final JavaFileObject SHELF =
      source(
          "Shelf", "final class Shelf {", "  static Object books(BookDao books) { return books.findById(1L); }",
          "  static Object authors(AuthorDao authors) { return authors.findById(1L); }", "}");

  @Test
  void selfReferenceWithAWrongBelongsToKey() {
    JavaFileObject genre =
        source(
            "Genre", "@Entity", "@BelongsTo(Genre.class)",
            "@HasMany(value = Genre.class, foreignKey = \"parentId\", as = \"children\")",
            "public record Genre(@Id Long id, String name, Long parentId) {}");
    JavaFileObject tree =
        source("GenreTree", "@Graph(Genre.class)", "public record GenreTree(Genre genre, List<Genre> children) {}");
    JavaFileObject user =
        source("Shelf", "final class Shelf {", "  static Object children(GenreDao genres, Genre genre) { return genres.getChildren(genre); }",
            "  static Object tree(GenreTreeLoader trees) { return trees.findById(1L); }", "}");
    Expect.onlyError(
        compile(genre, tree, user), Message.UNKNOWN_FOREIGN_KEY, genre, "@BelongsTo(Genre.class)",
        "@BelongsTo(Genre.class): Genre has no component \"genreId\", the default foreignKey. Did you mean \"parentId\"?");
  }

  @Test
  void versionOfAnotherTypeIsTheOnlyError() {
    JavaFileObject author =
        source(
            "Author", "@Entity", "@HasMany(Book.class)",
            "public record Author(@Id Long id, String name, @Version short version) {}");
    JavaFileObject shelf =
        source("Shelf", "final class Shelf {", "  static Object books(BookDao books) { return books.findById(1L); }", "}");
    Expect.onlyError(
        compile(author, BOOK, AUTHOR_PAGE, BOOK_PAGE, shelf), Message.BAD_STAMP_TYPE, author, "@Version short version",
        "@Version version has type short");
  }

  @Test
  void keyOfAnotherTypeIsTheOnlyError() {
    JavaFileObject book =
        source("Book", "@Entity", "@BelongsTo(Author.class)", "public record Book(@Id Long id, String title, String authorId) {}");
    Expect.onlyError(
        compile(AUTHOR, book, AUTHOR_PAGE, BOOK_PAGE, SHELF), Message.FOREIGN_KEY_TYPE, book, "String authorId",
        "@HasMany(Book.class): foreign key Book.authorId has type String, but it holds ids of Author, which are Long.");
  }

  @Test
  void primitiveKeyOfAnotherTypeSuggestsItsPrimitiveTwin() {
    JavaFileObject book =
        source("Book", "@Entity", "@BelongsTo(Author.class)", "public record Book(@Id Long id, String title, int authorId) {}");
    Expect.onlyError(
        compile(AUTHOR, book, SHELF), Message.FOREIGN_KEY_TYPE, book, "int authorId",
        "@HasMany(Book.class): foreign key Book.authorId has type int, but it holds ids of Author, which are Long. Declare"
            + " it as long, which keeps its column NOT NULL.");
  }

  @Test
  void missingIdIsTheOnlyError() {
    JavaFileObject book =
        source("Book", "@Entity", "@BelongsTo(Author.class)", "public record Book(Long id, String title, Long authorId) {}");
    JavaFileObject shelf =
        source("Shelf", "final class Shelf {", "  static Object authors(AuthorDao authors) { return authors.findById(1L); }", "}");
    Expect.onlyError(
        compile(AUTHOR, book, AUTHOR_PAGE, BOOK_PAGE, shelf), Message.NO_ID, book, "@Entity", "Book has no @Id component.");
  }

  /** javac's own error alone; the entities it does not name are generated. */
  @Test
  void misspeltClassIsJavacsErrorAlone() {
    JavaFileObject book =
        source("Book", "@Entity", "@BelongsTo(Autor.class)", "public record Book(@Id Long id, String title, Long authorId) {}");
    Compilation compilation = compile(AUTHOR, book, AUTHOR_PAGE, SHELF);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(book).onLineContaining("Autor.class");
  }

  /** A graph that holds a graph with a type javac cannot resolve: javac's error alone, and no crash. */
  @Test
  void misspeltTypeInANestedGraphIsJavacsErrorAlone() {
    JavaFileObject authorPage =
        source("AuthorPage", "@Graph(Author.class)", "public record AuthorPage(Author author, Lisst<Book> books) {}");
    JavaFileObject shelf =
        source("Shelf", "@Graph(Book.class)", "public record Shelf(Book book, AuthorPage author) {}");
    Compilation compilation = compile(AUTHOR, BOOK, authorPage, shelf);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(authorPage).onLineContaining("Lisst<Book>");
  }

  @Test
  void removedKeyIsReportedOnce() {
    JavaFileObject book = source("Book", "@Entity", "@BelongsTo(Author.class)", "public record Book(@Id Long id, String title) {}");
    JavaFileObject shelf =
        source("Shelf", "final class Shelf {", "  static Object books(BookDao books) { return books.findById(1L); }", "}");
    Expect.onlyError(
        compile(AUTHOR, book, shelf), Message.UNKNOWN_FOREIGN_KEY, book, "@BelongsTo(Author.class)",
        "@BelongsTo(Author.class): Book has no component \"authorId\", the default foreignKey.");
  }

  /** The entity with the explicit table departs from the default: the error is there, whichever comes first. */
  @Test
  void tableClashOnTheExplicitTable() {
    JavaFileObject article = source("Article", "@Entity(", "    table = \"posts\")", "public record Article(@Id Long id) {}");
    JavaFileObject post = source("Post", "@Entity", "public record Post(@Id Long id) {}");
    JavaFileObject shelf =
        source("Shelf", "final class Shelf {", "  static Object posts(PostDao posts) { return posts.findById(1L); }", "}");
    Expect.onlyError(
        compile(article, post, shelf), Message.DUPLICATE_TABLE, article, "table = \"posts\"",
        "Article and Post both map to table \"posts\".");
  }

  /** A graph over the valid associations of an entity keeps its loader when another association has an error. */
  @Test
  void graphOverValidAssociationsIsGenerated() {
    JavaFileObject author =
        source(
            "Author", "@Entity", "@HasMany(Book.class)", "@HasMany(value = Award.class, foreignKey = \"winnerId\")",
            "public record Author(@Id Long id, String name) {}");
    JavaFileObject award = source("Award", "@Entity", "public record Award(@Id Long id, Long authorId) {}");
    JavaFileObject shelf =
        source("Shelf", "final class Shelf {", "  static Object page(AuthorPageLoader pages) { return pages.findById(1L); }",
            "  static Object books(AuthorDao authors, Author author) { return authors.getBooks(author); }", "}");
    Expect.onlyError(
        compile(author, BOOK, award, AUTHOR_PAGE, shelf), Message.UNKNOWN_FOREIGN_KEY, author, "foreignKey = \"winnerId\"",
        "@HasMany(Award.class, foreignKey = \"winnerId\"): Award has no component \"winnerId\".");
  }

  @Test
  void entitiesNamedFindAndCondition() {
    JavaFileObject find = source("Find", "@Entity", "@HasMany(Condition.class)", "public record Find(@Id Long id) {}");
    JavaFileObject condition =
        source(
            "Condition", "@Entity", "@BelongsTo(Find.class)", "@HasMany(Note.class)",
            "public record Condition(@Id Long id, Long findId) {}");
    JavaFileObject note = source("Note", "@Entity", "@BelongsTo(Condition.class)", "public record Note(@Id Long id, Long conditionId) {}");
    assertThat(compile(find, condition, note)).succeededWithoutWarnings();
  }
}
