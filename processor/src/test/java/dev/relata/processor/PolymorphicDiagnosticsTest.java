package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of a polymorphic {@code @BelongsTo} (a sealed interface of entities and a
 * {@code typeKey}): one per mistake, on the member to change, with what else is generated. Two
 * permitted records with one simple name are two entities of one package with one name (a sealed
 * interface outside a named module permits classes of its own package only), which their own
 * error reports.
 */
class PolymorphicDiagnosticsTest {

  private static final JavaFileObject COMMENTABLE =
      source("Commentable", "public sealed interface Commentable permits Post, Video {}");
  private static final JavaFileObject POST =
      source("Post", "@Entity", "public record Post(@Id Long id, String title) implements Commentable {}");
  private static final JavaFileObject VIDEO =
      source("Video", "@Entity", "public record Video(@Id Long id, String url) implements Commentable {}");

  private static JavaFileObject comment(String annotation) {
    return source(
        "Comment", "@Entity", annotation,
        "public record Comment(@Id Long id, String body, Long commentableId, String commentableType) {}");
  }

  @Test
  void aValidOneCompilesWithItsMethods() {
    Recording processor = new Recording();
    JavaFileObject comment =
        comment("@BelongsTo(value = Commentable.class, foreignKey = \"commentableId\", typeKey = \"commentableType\")");
    Compilation compilation = Sources.compile(processor, comment, COMMENTABLE, POST, VIDEO);
    assertThat(compilation).succeededWithoutWarnings();
    Expect.daoHas(processor, "Comment", "getCommentable");
    Expect.daoHas(processor, "Comment", "setCommentable");
    Expect.daoHas(processor, "Comment", "createCommentable");
  }

  @Test
  void interfaceNotSealed() {
    JavaFileObject commentable = source("Commentable", "public interface Commentable {}");
    JavaFileObject comment = comment("@BelongsTo(value = Commentable.class, typeKey = \"commentableType\")");
    Expect.onlyError(
        compile(comment, commentable, POST, VIDEO), Message.POLYMORPHIC_NOT_SEALED, comment, "value = Commentable.class",
        "@BelongsTo(Commentable.class): Commentable is an interface that is not sealed, so the records a Comment may"
            + " belong to are unknown. Declare it as `sealed interface Commentable permits ...`, naming the @Entity"
            + " records.");
  }

  @Test
  void permittedClassNotAnEntity() {
    JavaFileObject video =
        source("Video", "public record Video(@Id Long id, String url) implements Commentable {}");
    JavaFileObject comment = comment("@BelongsTo(value = Commentable.class, typeKey = \"commentableType\")");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, comment, COMMENTABLE, POST, video);
    Expect.onlyError(
        compilation, Message.POLYMORPHIC_NOT_ENTITY, comment, "value = Commentable.class",
        "@BelongsTo(Commentable.class): Commentable permits Video, which is not an @Entity record. A polymorphic parent"
            + " is a row of one of several tables: permit only @Entity records, or make Video one.");
    Expect.generatedFor(processor, "Comment");
    Expect.daoLacks(processor, "Comment", "getCommentable");
  }

  @Test
  void idsOfDifferentTypes() {
    JavaFileObject video =
        source("Video", "@Entity", "public record Video(@Id java.util.UUID id, String url) implements Commentable {}");
    JavaFileObject comment = comment("@BelongsTo(value = Commentable.class, typeKey = \"commentableType\")");
    Expect.onlyError(
        compile(comment, COMMENTABLE, POST, video), Message.POLYMORPHIC_ID_TYPES, comment, "value = Commentable.class",
        "@BelongsTo(Commentable.class): the records Commentable permits have ids of different types (Post Long,"
            + " Video UUID), and Comment.commentableId holds any of them. Give them ids of one type.");
  }

  @Test
  void typeKeyMisspelt() {
    JavaFileObject comment =
        comment("@BelongsTo(value = Commentable.class,\n    typeKey = \"commentableTyp\")");
    Expect.onlyError(
        compile(comment, COMMENTABLE, POST, VIDEO), Message.UNKNOWN_TYPE_KEY, comment, "typeKey = \"commentableTyp\"",
        "@BelongsTo(Commentable.class, typeKey = \"commentableTyp\"): Comment has no component \"commentableTyp\" to"
            + " hold the parent's record name. Did you mean \"commentableType\"? Components: id, body, commentableId,"
            + " commentableType.");
  }

  @Test
  void typeKeyNotAString() {
    JavaFileObject comment =
        source(
            "Comment", "@Entity", "@BelongsTo(value = Commentable.class, typeKey = \"commentableType\")",
            "public record Comment(@Id Long id, Long commentableId,", "    Integer commentableType) {}");
    Expect.onlyError(
        compile(comment, COMMENTABLE, POST, VIDEO), Message.TYPE_KEY_TYPE, comment, "Integer commentableType",
        "@BelongsTo(Commentable.class, typeKey = \"commentableType\"): typeKey Comment.commentableType has type"
            + " Integer, but it holds the parent's record name (\"Post\"). Declare it as String.");
  }

  @Test
  void onDeleteOnAPolymorphicParent() {
    JavaFileObject comment =
        comment(
            "@BelongsTo(value = Commentable.class, typeKey = \"commentableType\",\n    onDelete = OnDelete.CASCADE)");
    Expect.onlyError(
        compile(comment, COMMENTABLE, POST, VIDEO), Message.POLYMORPHIC_ON_DELETE, comment, "onDelete = OnDelete.CASCADE",
        "@BelongsTo(Commentable.class, onDelete = OnDelete.CASCADE): onDelete = CASCADE, but a polymorphic parent has no"
            + " foreign key (it would point at several tables), so the database cannot act when a parent is deleted."
            + " Remove onDelete, and unlink or delete a parent's Comment rows before deleting it (e.g. with a @HasMany"
            + " on the parent: setComments(parent, List.of())).");
  }

  @Test
  void interfaceWithoutTypeKey() {
    JavaFileObject comment = comment("@BelongsTo(Commentable.class)");
    Expect.onlyError(
        compile(comment, COMMENTABLE, POST, VIDEO), Message.MISSING_TYPE_KEY, comment, "@BelongsTo(Commentable.class)",
        "@BelongsTo(Commentable.class): Commentable is an interface, so the parent is one of the records it permits,"
            + " and Comment needs a String component saying which. Add one and name it with typeKey ="
            + " \"commentableType\".");
  }

  @Test
  void typeKeyOnAnEntity() {
    JavaFileObject comment =
        source(
            "Comment", "@Entity", "@BelongsTo(value = Post.class,", "    typeKey = \"kind\")",
            "public record Comment(@Id Long id, Long postId, String kind) {}");
    Expect.onlyError(
        compile(comment, COMMENTABLE, POST, VIDEO), Message.TYPE_KEY_WITHOUT_INTERFACE, comment, "typeKey = \"kind\"",
        "@BelongsTo(Post.class, typeKey = \"kind\"): typeKey is for a polymorphic parent, a sealed interface of @Entity"
            + " records, and Post is a record. Remove typeKey.");
  }

  @Test
  void twoPermittedRecordsWithOneSimpleName() {
    JavaFileObject attachable = source("Attachable", "public sealed interface Attachable permits A.Photo, B.Photo {}");
    JavaFileObject a =
        source(
            "A", "public final class A {", "  @Entity(table = \"a_photos\")",
            "  public record Photo(@Id Long id, String url) implements Attachable {}", "}");
    JavaFileObject b =
        source(
            "B", "public final class B {", "  @Entity(table = \"b_photos\")",
            "  public record Photo(@Id Long id, String url) implements Attachable {}", "}");
    JavaFileObject note =
        source(
            "Note", "@Entity", "@BelongsTo(value = Attachable.class, typeKey = \"attachableType\")",
            "public record Note(@Id Long id, Long attachableId, String attachableType) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, note, attachable, a, b);
    Expect.onlyError(
        compilation, Message.SAME_SIMPLE_NAME, b, "public record Photo",
        "A.Photo and B.Photo are both @Entity records named Photo, and Relata names what it generates for an entity"
            + " after that name: PhotoDao and PhotoTable in their package, and the name a polymorphic parent's type"
            + " column holds. Rename one of them.");
    Expect.generatedFor(processor, "Note");
    Expect.daoLacks(processor, "Note", "getAttachable");
  }
}
