package dev.relata.it.longnames;

import static dev.relata.it.longnames.CharterTable.CHARTER_TABLE;
import static dev.relata.it.longnames.EditionTable.EDITION_TABLE;
import static dev.relata.it.longnames.ProgrammeTable.PROGRAMME_TABLE;
import static dev.relata.it.longnames.ReprintTable.REPRINT_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.drift.OwnSchema;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Key;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Constraint and index names longer than the 63 bytes PostgreSQL keeps: Relata declares the name
 * PostgreSQL stores (its own rule for the names it makes), so {@code XTable}'s keys, {@code
 * create}, {@code validate} and {@code diff} all speak of the names in the catalogs.
 */
@Tag(OwnSchema.TAG)
class LongNamesTest {

  private static final List<Table<?>> TABLES = List.of(PROGRAMME_TABLE, EDITION_TABLE, CHARTER_TABLE, REPRINT_TABLE);

  private OwnSchema schema;

  @BeforeEach
  void createTables() throws SQLException {
    schema = OwnSchema.create("longnames");
    RelataSchema.create(schema.dsl());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    schema.close();
  }

  @Test
  void theKeysEachTableDeclaresAreTheConstraintsStored() {
    for (Table<?> table : TABLES) {
      Set<String> declared = new TreeSet<>();
      declared.add(table.getPrimaryKey().getName());
      table.getUniqueKeys().forEach(key -> declared.add(key.getName()));
      table.getReferences().forEach(key -> declared.add(key.getName()));
      assertEquals(constraints(schema.dsl(), schema.name(), table.getName()), declared, table.getName());
      declared.forEach(name -> assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name));
    }
    assertEquals(
        List.of("quarterly_regional_newsletter_programmes_for_subscribers_abroad".substring(0, 58) + "_pkey"),
        List.of(PROGRAMME_TABLE.getPrimaryKey().getName()));
    assertEquals(
        Set.of("reprints_of_the_quarterly_reg_edition_or_programme_reprodu_fkey",
            "reprints_of_the_quarterly_re_edition_or_programme_reprodu_fkey1"),
        new TreeSet<>(REPRINT_TABLE.getReferences().stream().map(Key::getName).toList()));
  }

  @Test
  void validateFindsNothingMissingDiffAddsNothingAndCreateRunsAgain() {
    RelataSchema.validate(schema.dsl());
    assertEquals(List.of(), RelataSchema.diff(schema.dsl()));
    Set<String> indexes = indexes(schema.dsl(), schema.name());
    RelataSchema.create(schema.dsl());
    assertEquals(indexes, indexes(schema.dsl(), schema.name()), "create, run again, makes nothing new");
  }

  /**
   * The same tables made by hand with unnamed constraints and unnamed indexes: PostgreSQL names
   * them exactly as Relata did, numbering the second of two names that are the same once cut.
   */
  @Test
  void postgresqlNamesTheSameConstraintsAlike() throws SQLException {
    try (OwnSchema byHand = OwnSchema.create("longnames_by_hand")) {
      String programmes = PROGRAMME_TABLE.getName();
      String editionsKey = EDITION_TABLE.PROGRAMME_THAT_PUBLISHED_THIS_EDITION_OF_THE_NEWSLETTER_ID.getName();
      String chartersKey = CHARTER_TABLE.PROGRAMME_GOVERNED_BY_THIS_CHARTER_FOR_EVERY_REGION_ID.getName();
      String reprintedEdition = REPRINT_TABLE.EDITION_OR_PROGRAMME_REPRODUCED_BY_THIS_REPRINT_EDITION_ID.getName();
      String reprintedProgramme = REPRINT_TABLE.EDITION_OR_PROGRAMME_REPRODUCED_BY_THIS_REPRINT_PROGRAMME_ID.getName();
      byHand.execute(
          List.of(
              "create table \"" + programmes + "\" (\"id\" bigint primary key, \"" + PROGRAMME_TABLE.TITLE.getName()
                  + "\" text unique)",
              "create table \"" + EDITION_TABLE.getName() + "\" (\"id\" bigint primary key, \"" + editionsKey
                  + "\" bigint references \"" + programmes + "\", \"headline\" text)",
              "create table \"" + CHARTER_TABLE.getName() + "\" (\"id\" bigint primary key, \"" + chartersKey
                  + "\" bigint unique references \"" + programmes + "\", \"text\" text)",
              "create index on \"" + EDITION_TABLE.getName() + "\" (\"" + editionsKey + "\")",
              "create table \"" + REPRINT_TABLE.getName() + "\" (\"id\" bigint primary key, \"" + reprintedEdition
                  + "\" bigint references \"" + EDITION_TABLE.getName() + "\", \"" + reprintedProgramme
                  + "\" bigint references \"" + programmes + "\")",
              "create index on \"" + REPRINT_TABLE.getName() + "\" (\"" + reprintedEdition + "\")",
              "create index on \"" + REPRINT_TABLE.getName() + "\" (\"" + reprintedProgramme + "\")"));
      for (Table<?> table : TABLES) {
        assertEquals(
            constraints(byHand.dsl(), byHand.name(), table.getName()),
            constraints(schema.dsl(), schema.name(), table.getName()),
            table.getName());
      }
      assertEquals(indexes(byHand.dsl(), byHand.name()), indexes(schema.dsl(), schema.name()));
    }
  }

  /**
   * A {@code @HasOne}'s foreign key is unique: the unique constraint's index serves it, and no
   * second index is made beside it.
   */
  @Test
  void aForeignKeyThatAUniqueKeyLeadsWithHasNoIndexOfItsOwn() {
    List<String> charterIndexes = new ArrayList<>();
    charterIndexes.add(CHARTER_TABLE.getPrimaryKey().getName());
    CHARTER_TABLE.getUniqueKeys().stream().map(Key::getName).forEach(charterIndexes::add);
    assertEquals(
        new TreeSet<>(charterIndexes),
        new TreeSet<>(
            schema.dsl()
                .fetch("select indexname from pg_indexes where schemaname = ? and tablename = ?", schema.name(),
                    CHARTER_TABLE.getName())
                .getValues(0, String.class)));
  }

  /** The names of {@code table}'s constraints in {@code schema}. */
  private static Set<String> constraints(DSLContext dsl, String schema, String table) {
    return new TreeSet<>(
        dsl.fetch(
                "select c.conname::text from pg_constraint c"
                    + " join pg_class t on t.oid = c.conrelid"
                    + " join pg_namespace n on n.oid = t.relnamespace"
                    + " where n.nspname = ? and t.relname = ?",
                schema, table)
            .getValues(0, String.class));
  }

  /** The names of the indexes in {@code schema}. */
  private static Set<String> indexes(DSLContext dsl, String schema) {
    return new TreeSet<>(
        dsl.fetch("select indexname from pg_indexes where schemaname = ?", schema).getValues(0, String.class));
  }
}
