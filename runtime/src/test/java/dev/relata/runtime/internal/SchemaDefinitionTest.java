package dev.relata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.OnDelete;
import dev.relata.SchemaMismatchException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definitions generated code builds: their statements, and a definition that cannot be is refused. */
class SchemaDefinitionTest {

  private static final TableDefinition ACCOUNTS =
      TableDefinition.named("accounts")
          .notNullColumn("id", "uuid", "gen_random_uuid()")
          .notNullColumn("email", "text")
          .notNullColumn("created_at", "timestamptz", "now()")
          .column("owner_id", "uuid")
          .primaryKey("accounts_pkey", "id")
          .unique("accounts_email_key", "email")
          .foreignKey("accounts_owner_id_fkey", "owner_id", "accounts", "id", OnDelete.SET_NULL)
          .index("accounts_owner_id_idx", "owner_id");

  @Test
  void eachColumnSaysItsTypeNullabilityAndDefault() {
    assertEquals(
        List.of(
            """
            create table if not exists "accounts" (
              "id" uuid not null default gen_random_uuid(),
              "email" text not null,
              "created_at" timestamptz not null default now(),
              "owner_id" uuid,
              constraint "accounts_pkey" primary key ("id"),
              constraint "accounts_owner_id_fkey" foreign key ("owner_id") references "accounts" ("id") on delete set null,
              constraint "accounts_email_key" unique ("email")
            )""",
            "create index if not exists \"accounts_owner_id_idx\" on \"accounts\"(\"owner_id\")"),
        SchemaDefinition.of("p", ACCOUNTS).createStatements());
    assertEquals(List.of("drop table if exists \"accounts\" cascade"), SchemaDefinition.of("p", ACCOUNTS).dropStatements());
  }

  @Test
  void aKeyOrIndexOnAnUndeclaredColumnIsRefused() {
    TableDefinition table = TableDefinition.named("t").identityColumn("id", "bigint");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.index("t_x_idx", "x"));
    assertEquals("table \"t\" has no column \"x\" (declare it first)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> table.primaryKey("t_pkey", "x"));
    assertThrows(IllegalArgumentException.class, () -> table.unique("t_id_x_key", "id", "x"));
    assertThrows(IllegalArgumentException.class, () -> table.foreignKey("t_x_fkey", "x", "u", "id", OnDelete.CASCADE));
  }

  @Test
  void aColumnTwiceATableTwiceOrASecondPrimaryKeyIsRefused() {
    TableDefinition table = TableDefinition.named("t").identityColumn("id", "bigint").primaryKey("t_pkey", "id");
    assertEquals(
        "table \"t\" has a column \"id\" already",
        assertThrows(IllegalArgumentException.class, () -> table.column("id", "text")).getMessage());
    assertThrows(IllegalStateException.class, () -> table.primaryKey("t_pkey", "id"));
    assertEquals(
        "two tables named \"t\" in p",
        assertThrows(IllegalArgumentException.class, () -> SchemaDefinition.of("p", table, table)).getMessage());
  }

  @Test
  void theMismatchSaysOneDifferenceALine() {
    SchemaMismatchException mismatch =
        new SchemaMismatchException("p", "app", List.of("table \"a\" is missing", "table \"b\" is missing"));
    assertEquals(
        "the tables in schema \"app\" differ from the entities of p in 2 ways:\n"
            + "  table \"a\" is missing\n  table \"b\" is missing",
        mismatch.getMessage());
    assertEquals(List.of("table \"a\" is missing", "table \"b\" is missing"), mismatch.differences());
    assertThrows(IllegalArgumentException.class, () -> new SchemaMismatchException("p", "app", List.of()));
  }
}
