package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code @CreatedAt}, {@code @UpdatedAt} and {@code @Version}. */
class StampDiagnosticsTest {

  @Test
  void timestampOfAnotherType() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,", "    @CreatedAt LocalDateTime createdAt) {}");
    Expect.onlyError(
        compile(account), Message.BAD_STAMP_TYPE, account, "@CreatedAt LocalDateTime createdAt",
        "@CreatedAt createdAt has type LocalDateTime; @CreatedAt goes on an Instant or OffsetDateTime component (a"
            + " timestamptz column). Declare it as Instant.");
  }

  @Test
  void timestampOfATypeWithoutColumn() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id Long id,", "    @UpdatedAt Date updatedAt) {}");
    Expect.onlyError(
        compile(account), Message.BAD_STAMP_TYPE, account, "@UpdatedAt Date updatedAt",
        "@UpdatedAt updatedAt has type Date; @UpdatedAt goes on an Instant or OffsetDateTime component");
  }

  @Test
  void versionOfAnotherType() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id Long id,", "    @Version short version) {}");
    Expect.onlyError(
        compile(account), Message.BAD_STAMP_TYPE, account, "@Version short version",
        "@Version version has type short; @Version goes on a long, Long, int or Integer component. Declare it as"
            + " long.");
  }

  @Test
  void aNullableStamp() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,",
            "    @CreatedAt @Column(nullable = true) Instant createdAt) {}");
    Expect.onlyError(
        compile(account), Message.NULLABLE_STAMP, account, "nullable = true",
        "@Column(nullable = true) on @CreatedAt createdAt: the database sets it on every row, so its column is NOT"
            + " NULL. Remove nullable.");
  }

  @Test
  void aStampMayBeSaidNotNull() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,",
            "    @Version @Column(nullable = false) long version) {}");
    assertThat(compile(account)).succeededWithoutWarnings();
  }

  @Test
  void twoOfAKind() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,", "    @Version long version,",
            "    @Version Integer revision) {}");
    Recording processor = new Recording();
    Compilation compilation = Sources.compile(processor, account);
    Expect.onlyError(
        compilation, Message.SEVERAL_STAMPS, account, "@Version Integer revision",
        "Account has more than one @Version component (version, revision). Keep @Version on one.");
    Expect.nothingGeneratedFor(processor, "Account");
  }

  @Test
  void onTheId() {
    JavaFileObject account =
        source("Account", "@Entity", "public record Account(", "    @Id @Version Long id,", "    String name) {}");
    Expect.onlyError(
        compile(account), Message.STAMP_ON_ID, account, "@Id @Version Long id",
        "@Version on @Id id: the database changes a @Version column, and an id never changes. Give it a component of"
            + " its own, e.g. `@Version long version`.");
  }

  @Test
  void twoKindsOnOneComponent() {
    JavaFileObject account =
        source(
            "Account", "@Entity", "public record Account(", "    @Id Long id,",
            "    @CreatedAt @UpdatedAt Instant stamp) {}");
    Expect.onlyError(
        compile(account), Message.STAMPS_ON_ONE_COMPONENT, account, "@CreatedAt @UpdatedAt Instant stamp",
        "Component stamp has both @CreatedAt and @UpdatedAt, which the database sets at different times. Give each a"
            + " component of its own.");
  }

  @Test
  void versionAsAForeignKey() {
    JavaFileObject team = source("Team", "@Entity", "public record Team(@Id Long id) {}");
    JavaFileObject player =
        source(
            "Player", "@Entity", "@BelongsTo(value = Team.class, foreignKey = \"version\")",
            "public record Player(@Id Long id, @Version Long version) {}");
    Expect.onlyError(
        compile(team, player), Message.STAMP_AS_KEY, player, "foreignKey = \"version\"",
        "@BelongsTo(Team.class, foreignKey = \"version\"): Player.version is its @Version, which the database sets. A"
            + " key needs a component of its own; name it with foreignKey.");
  }
}
