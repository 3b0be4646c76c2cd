package dev.relata.runtime;

import dev.relata.runtime.TableDefinition.Column;
import dev.relata.runtime.TableDefinition.ForeignKey;
import dev.relata.runtime.TableDefinition.Index;
import dev.relata.runtime.TableDefinition.Key;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every DDL statement Relata writes, in PostgreSQL's dialect with quoted identifiers: those of
 * {@code RelataSchema.create} and {@code drop}, and the additive ones of {@code diff}. One writer,
 * so that a table, column or constraint that {@code diff} adds is spelt as {@code create} spells it.
 */
final class SchemaStatements {

  private SchemaStatements() {}

  /**
   * {@code create table if not exists}, one definition a line (readable wherever {@code ddl()} is
   * printed): the columns, the primary key inline with its column, the foreign keys for which
   * {@code inline} holds, then the unique constraints.
   */
  static String createTable(TableDefinition table, Predicate<ForeignKey> inline) {
    StringJoiner definitions = new StringJoiner(",\n  ", "\n  ", "\n");
    table.columns().forEach(column -> definitions.add(columnDefinition(table, column)));
    table.foreignKeys().stream().filter(inline).forEach(fk -> definitions.add(foreignKey(fk)));
    table.uniqueKeys().forEach(key -> definitions.add(unique(key)));
    return "create table if not exists " + quote(table.name()) + " (" + definitions + ")";
  }

  /** {@code alter table ... add column}: the column as {@link #createTable} defines it. */
  static String addColumn(TableDefinition table, Column column) {
    return alterTable(table) + " add column " + columnDefinition(table, column);
  }

  /** {@code alter table ... add constraint ... primary key}. */
  static String addPrimaryKey(TableDefinition table) {
    Key key = table.primaryKey();
    return alterTable(table) + " add constraint " + quote(key.name()) + " primary key (" + columns(key.columns()) + ")";
  }

  /** {@code alter table ... add constraint ... unique}. */
  static String addUnique(TableDefinition table, Key key) {
    return alterTable(table) + " add " + unique(key);
  }

  /** {@code alter table ... add constraint ... foreign key}. */
  static String addForeignKey(TableDefinition table, ForeignKey fk) {
    return alterTable(table) + " add " + foreignKey(fk);
  }

  /**
   * Drops a foreign key if it is there: run by {@code create} before it adds a key that cannot be
   * inline (a cycle of tables), so that running it twice changes nothing. Never part of a diff.
   */
  static String dropForeignKeyIfExists(TableDefinition table, ForeignKey fk) {
    return alterTable(table) + " drop constraint if exists " + quote(fk.name());
  }

  /** {@code create index if not exists}. */
  static String createIndex(TableDefinition table, Index index) {
    return "create index if not exists " + quote(index.name()) + " on " + quote(table.name()) + " ("
        + quote(index.column()) + ")";
  }

  /** {@code create unique index if not exists ... on ... (lower(...))}: a key that ignores case. */
  static String createUniqueIgnoringCase(TableDefinition table, Key key) {
    return "create unique index if not exists " + quote(key.name()) + " on " + quote(table.name()) + " ("
        + lower(key.columns().get(0)) + ")";
  }

  /** {@code lower("email")}. */
  static String lower(String column) {
    return "lower(" + quote(column) + ")";
  }

  /** {@code drop table if exists ... cascade}. */
  static String dropTable(TableDefinition table) {
    return "drop table if exists " + quote(table.name()) + " cascade";
  }

  /** {@code "name"}: an identifier, quoted as PostgreSQL reads it. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** {@code "a", "b"}. */
  static String columns(List<String> columns) {
    return columns.stream().map(SchemaStatements::quote).collect(Collectors.joining(", "));
  }

  /** The target of a foreign key as the DDL says it: {@code "users" ("id") on delete cascade}. */
  static String references(ForeignKey fk) {
    return quote(fk.referencedTable()) + " (" + quote(fk.referencedColumn()) + ") on delete " + fk.onDelete().sql();
  }

  private static String columnDefinition(TableDefinition table, Column column) {
    String definition = quote(column.name()) + " " + column.type();
    Key primaryKey = table.primaryKey();
    boolean isPrimaryKey = primaryKey != null && primaryKey.columns().equals(List.of(column.name()));
    if (column.notNull() && !isPrimaryKey) { // a primary key is NOT NULL without saying so
      definition += " not null";
    }
    if (column.hasDefault()) {
      definition += " " + column.defaultClause();
    }
    return isPrimaryKey ? definition + " constraint " + quote(primaryKey.name()) + " primary key" : definition;
  }

  private static String foreignKey(ForeignKey fk) {
    return "constraint " + quote(fk.name()) + " foreign key (" + quote(fk.column()) + ") references " + references(fk);
  }

  private static String unique(Key key) {
    return "constraint " + quote(key.name()) + " unique (" + columns(key.columns()) + ")";
  }

  private static String alterTable(TableDefinition table) {
    return "alter table " + quote(table.name());
  }
}
