package dev.relata.processor;

import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about association scopes ({@code @Where} in {@code where} and {@code throughWhere}). */
class ScopeDiagnosticsTest {

  private static final JavaFileObject STATUS = source("Status", "public enum Status { PENDING, APPROVED }");
  private static final JavaFileObject COMMENT =
      source(
          "Comment", "@Entity", "@BelongsTo(Post.class)",
          "public record Comment(@Id Long id, String body, Status status, Long postId, Integer stars) {}");
  private static final JavaFileObject TAG = source("Tag", "@Entity", "public record Tag(@Id Long id, boolean open) {}");
  private static final JavaFileObject POST_TAG =
      source(
          "PostTag", "@Entity", "@BelongsTo(Post.class)", "@BelongsTo(Tag.class)",
          "public record PostTag(@Id Long id, Long postId, Long tagId, String role) {}");

  private static JavaFileObject post(String... annotation) {
    String[] lines = new String[annotation.length + 2];
    lines[0] = "@Entity";
    System.arraycopy(annotation, 0, lines, 1, annotation.length);
    lines[lines.length - 1] = "public record Post(@Id Long id) {}";
    return source("Post", lines);
  }

  @Test
  void unknownComponent() {
    JavaFileObject post =
        post(
            "@HasMany(value = Comment.class, as = \"approvedComments\",",
            "    where = @Where(component = \"state\", value = \"APPROVED\"))");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, post, COMMENT, STATUS);
    Expect.onlyError(
        compilation, Message.UNKNOWN_WHERE_COMPONENT, post, "component = \"state\"",
        "@HasMany(Comment.class) where = @Where(component = \"state\", value = \"APPROVED\"): Comment has no"
            + " component \"state\". Did you mean \"status\"? Components: id, body, status, postId, stars.");
    Expect.daoLacks(processor, "Post", "getApprovedComments");
    Expect.daoHas(processor, "Comment", "getPost");
  }

  @Test
  void unknownThroughComponentOfARepeatedAnnotation() {
    JavaFileObject post =
        post(
            "@BelongsToMany(value = Tag.class, through = PostTag.class)",
            "@BelongsToMany(value = Tag.class, through = PostTag.class, as = \"ledTags\",",
            "    throughWhere = {",
            "        @Where(component = \"role\", value = \"lead\"),",
            "        @Where(component = \"rol\", value = \"lead\")})");
    Expect.onlyError(
        compile(post, TAG, POST_TAG), Message.UNKNOWN_WHERE_COMPONENT, post, "component = \"rol\"",
        "@BelongsToMany(Tag.class) throughWhere = @Where(component = \"rol\", value = \"lead\"): PostTag has no"
            + " component \"rol\". Did you mean \"role\"?");
  }

  @Test
  void enumValueThatIsNoConstant() {
    JavaFileObject post =
        post(
            "@HasMany(value = Comment.class, as = \"approvedComments\", where = @Where(component = \"status\",",
            "    value = \"APROVED\"))");
    Expect.onlyError(
        compile(post, COMMENT, STATUS), Message.BAD_WHERE_VALUE, post, "value = \"APROVED\"",
        "@HasMany(Comment.class) where = @Where(component = \"status\", value = \"APROVED\"): Comment.status is a"
            + " Status, and \"APROVED\" is not one. Write one of its constants: PENDING, APPROVED. Did you mean"
            + " \"APPROVED\"?");
  }

  @Test
  void numberThatDoesNotParse() {
    JavaFileObject post =
        post(
            "@HasMany(value = Comment.class, as = \"starredComments\",",
            "    where = @Where(component = \"stars\", value = \"five\"))");
    Expect.onlyError(
        compile(post, COMMENT, STATUS), Message.BAD_WHERE_VALUE, post, "value = \"five\"",
        "@HasMany(Comment.class) where = @Where(component = \"stars\", value = \"five\"): Comment.stars is an"
            + " Integer, and \"five\" is not one. Write a whole number within the range of Integer.");
  }

  @Test
  void booleanOnTheTargetOfABelongsToMany() {
    JavaFileObject post =
        post(
            "@BelongsToMany(value = Tag.class, through = PostTag.class, as = \"openTags\",",
            "    where = @Where(component = \"open\", value = \"yes\"))");
    Expect.onlyError(
        compile(post, TAG, POST_TAG), Message.BAD_WHERE_VALUE, post, "value = \"yes\"",
        "@BelongsToMany(Tag.class) where = @Where(component = \"open\", value = \"yes\"): Tag.open is a boolean, and"
            + " \"yes\" is not one. Write true or false.");
  }

  @Test
  void scopeOnTheForeignKey() {
    JavaFileObject post =
        post(
            "@HasMany(value = Comment.class, as = \"firstPostComments\",",
            "    where = @Where(component = \"postId\", value = \"1\"))");
    Expect.onlyError(
        compile(post, COMMENT, STATUS), Message.WHERE_ON_KEY, post, "component = \"postId\"",
        "@HasMany(Comment.class) where = @Where(component = \"postId\", value = \"1\"): Comment.postId is a key of the"
            + " association, which the association or the database sets itself. Scope another component.");
  }
}
