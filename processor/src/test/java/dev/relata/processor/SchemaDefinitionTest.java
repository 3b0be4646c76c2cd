package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The tables {@code RelataSchema} declares for what the golden files do not show: ids the
 * database does not number ({@code UUID}, {@code String}), {@code SET_NULL} and {@code RESTRICT},
 * a self-reference, a {@code @HasOne} on a polymorphic key.
 */
class SchemaDefinitionTest {

  @Test
  void idsActionsAndASelfReference() {
    Compilation compilation =
        compile(
            source("Team", "@Entity", "public record Team(@Id UUID id, String name) {}"),
            source("Code", "@Entity", "public record Code(@Id String id) {}"),
            source(
                "Person", "@Entity",
                "@BelongsTo(value = Team.class, onDelete = OnDelete.SET_NULL)",
                "@BelongsTo(value = Code.class, onDelete = OnDelete.RESTRICT)",
                "@BelongsTo(value = Person.class, foreignKey = \"mentorId\")",
                "public record Person(@Id Long id, UUID teamId, String codeId, Long mentorId) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.RelataSchema")
        .contentsAsUtf8String()
        .contains(
            """
                  TableDefinition.named("codes")
                    .notNullColumn("id", "text")
                    .primaryKey("codes_pkey", "id"),
                  TableDefinition.named("teams")
                    .notNullColumn("id", "uuid", "gen_random_uuid()")
                    .column("name", "text")
                    .primaryKey("teams_pkey", "id"),
                  TableDefinition.named("persons")
                    .identityColumn("id", "bigint")
                    .column("team_id", "uuid")
                    .column("code_id", "text")
                    .column("mentor_id", "bigint")
                    .primaryKey("persons_pkey", "id")
                    .foreignKey("persons_team_id_fkey", "team_id", "teams", "id", OnDelete.SET_NULL)
                    .foreignKey("persons_code_id_fkey", "code_id", "codes", "id", OnDelete.RESTRICT)
                    .foreignKey("persons_mentor_id_fkey", "mentor_id", "persons", "id", OnDelete.NO_ACTION)
                    .index("persons_team_id_idx", "team_id")
                    .index("persons_code_id_idx", "code_id")
                    .index("persons_mentor_id_idx", "mentor_id"));
            """);
  }

  @Test
  void aHasOneOnAPolymorphicKeyMakesTypeAndIdUniqueInPlaceOfTheIndex() {
    Compilation compilation = captions("@HasOne");
    assertThat(compilation)
        .generatedSourceFile("test.RelataSchema")
        .contentsAsUtf8String()
        .contains(captionsTable(".unique(\"captions_subject_type_subject_id_key\", \"subject_type\", \"subject_id\")"));
    assertThat(compilation)
        .generatedSourceFile("test.CaptionTable")
        .contentsAsUtf8String()
        .contains("return List.of(UniqueKeys.SUBJECT_TYPE_SUBJECT_ID);");
  }

  @Test
  void aHasManyOfAnotherRecordOnThatKeyLeavesItAnIndex() {
    assertThat(captions("@HasMany"))
        .generatedSourceFile("test.RelataSchema")
        .contentsAsUtf8String()
        .contains(captionsTable(".index(\"captions_subject_type_subject_id_idx\", \"subject_type\", \"subject_id\")"));
  }

  /** Captions of posts and videos, a polymorphic key: a post has one, and a video {@code videoHas} them. */
  private static Compilation captions(String videoHas) {
    Compilation compilation =
        compile(
            source("Subject", "public sealed interface Subject permits Post, Video {}"),
            source(
                "Caption", "@Entity", "@BelongsTo(value = Subject.class, foreignKey = \"subjectId\", typeKey = \"subjectType\")",
                "public record Caption(@Id Long id, String text, Long subjectId, String subjectType) {}"),
            source(
                "Post", "@Entity", "@HasOne(value = Caption.class, foreignKey = \"subjectId\")",
                "public record Post(@Id Long id) implements Subject {}"),
            source(
                "Video", "@Entity", videoHas + "(value = Caption.class, foreignKey = \"subjectId\")",
                "public record Video(@Id Long id) implements Subject {}"));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** The captions table's definition from its primary key to its check, {@code key} between them. */
  private static String captionsTable(String key) {
    return "        .primaryKey(\"captions_pkey\", \"id\")\n        " + key
        + "\n        .check(\"captions_subject_type_check\", \"subject_type\", \"Post\", \"Video\")";
  }
}
