package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Table and column names are the user's, and a quoted PostgreSQL identifier may hold anything:
 * text that ends a comment, braces, a backslash-u, an {@code @}. The generated Javadoc shows them
 * escaped, and the generated code compiles.
 */
class OddNamesTest {

  /** Ends a comment, closes {@code {@code}}, starts a tag, and is an invalid unicode escape in a comment. */
  private static final String ODD = "a*/b} {@code c} \\\\uZZ @see d\\\"e";

  @Test
  void namesThatWouldBreakJavadocCompile() {
    JavaFileObject user =
        source(
            "User", "@Entity(table = \"" + ODD + " users\")", "@HasMany(Post.class)", "@HasOne(Profile.class)",
            "public record User(@Id @Column(name = \"" + ODD + " id\") Long id) {}");
    JavaFileObject post =
        source(
            "Post", "@Entity(table = \"" + ODD + " posts\")", "@BelongsTo(User.class)",
            "@BelongsToMany(value = Tag.class, through = PostTag.class)",
            "public record Post(@Id Long id, @Column(name = \"" + ODD + " user\") Long userId) {}");
    JavaFileObject profile =
        source(
            "Profile", "@Entity(table = \"*/\")", "@BelongsTo(User.class)",
            "public record Profile(@Id Long id, @Column(name = \"*/\") long userId) {}");
    JavaFileObject tag = source("Tag", "@Entity(table = \"" + ODD + " tags\")", "public record Tag(@Id Long id) {}");
    JavaFileObject postTag =
        source(
            "PostTag", "@Entity(table = \"" + ODD + " post tags\")",
            "public record PostTag(@Id Long id, @Column(name = \"" + ODD + " p\") Long postId,"
                + " @Column(name = \"" + ODD + " t\") Long tagId) {}");
    Compilation compilation = compile(user, post, profile, tag, postTag);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.PostDao")
        .contentsAsUtf8String()
        .contains("<pre>\n   * select \"a*&#47;b&#125; &#123;&#64;code c&#125; &#92;uZZ &#64;see d\"\"e posts\".");
    assertThat(compilation)
        .generatedSourceFile("test.ProfileTable")
        .contentsAsUtf8String()
        .contains("The table <code>\"*&#47;\"</code>.");
  }
}
