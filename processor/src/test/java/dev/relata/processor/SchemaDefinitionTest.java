package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Sources.compile;
import static dev.relata.processor.Sources.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The tables {@code RelataSchema} declares for what the golden files do not show: ids the
 * database does not number ({@code UUID}, {@code String}), {@code SET_NULL} and {@code RESTRICT},
 * a self-reference.
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
}
