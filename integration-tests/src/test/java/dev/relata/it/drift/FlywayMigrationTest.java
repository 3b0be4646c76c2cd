package dev.relata.it.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.SchemaMismatchException;
import dev.relata.it.SharedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway migrations written from {@code RelataSchema.ddl()} (the first) and {@code diff()} (each
 * later one), run by Flyway in the test's own schema ({@code schemas} and {@code defaultSchema}),
 * where its history table goes too.
 */
@Tag(OwnSchema.TAG)
class FlywayMigrationTest {

  @TempDir Path migrations;

  @Test
  void aFirstMigrationFromDdlMakesTheTablesTheEntitiesNeed() throws IOException, SQLException {
    try (OwnSchema schema = OwnSchema.create("flyway_fresh")) {
      write("V1__create_tables.sql", RelataSchema.ddl());
      assertEquals(1, flyway(schema).migrate().migrationsExecuted);
      RelataSchema.validate(schema.dsl());
      assertEquals(List.of(), RelataSchema.diff(schema.dsl()));
    }
  }

  @Test
  void aLaterMigrationFromDiffAddsTheNewColumn() throws IOException, SQLException {
    try (OwnSchema schema = OwnSchema.create("flyway_upgrade")) {
      // The first release's migration: ddl() as it was before Novel had a publisher.
      List<String> firstRelease = RelataSchema.ddl().stream().map(s -> s.replace(",\n  \"publisher\" text", "")).toList();
      assertNotEquals(RelataSchema.ddl(), firstRelease);
      write("V1__create_tables.sql", firstRelease);
      flyway(schema).migrate();
      SchemaMismatchException mismatch = assertThrows(SchemaMismatchException.class, () -> RelataSchema.validate(schema.dsl()));
      assertEquals(List.of("column \"novels\".\"publisher\" is missing"), mismatch.differences());

      List<String> diff = RelataSchema.diff(schema.dsl());
      assertEquals(List.of("alter table \"novels\" add \"publisher\" text"), diff);
      write("V2__novel_publisher.sql", diff);
      assertEquals(1, flyway(schema).migrate().migrationsExecuted);

      RelataSchema.validate(schema.dsl());
      assertEquals(
          2,
          schema.dsl().fetchCount(
              DSL.table(DSL.name(schema.name(), "flyway_schema_history")), DSL.field(DSL.name("success")).isTrue()));
    }
  }

  /** A migration file: the statements, each ended by {@code ;}. */
  private void write(String file, List<String> statements) throws IOException {
    Files.writeString(migrations.resolve(file), String.join(";\n\n", statements) + ";\n");
  }

  private Flyway flyway(OwnSchema schema) {
    return Flyway.configure()
        .dataSource(SharedDatabase.get().dataSource())
        .schemas(schema.name())
        .defaultSchema(schema.name())
        .locations("filesystem:" + migrations)
        .load();
  }
}
