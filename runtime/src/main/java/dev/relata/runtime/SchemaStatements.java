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

  /** The statements as {@code ddl()} shows them: tables by name alone, in the current schema. */
  static final SchemaStatements UNQUALIFIED = new SchemaStatements(null);

  /** {@code "tenant".}, or nothing. */
  private final String prefix;

  private SchemaStatements(String schema) {
    this.prefix = schema == null ? "" : quote(schema) + ".";
  }

  /**
   * The statements naming every table with its schema ({@code "acme"."users"}), for a context
   * that {@link TenantSchema} points at it; unqualified where {@code schema} is {@code null}.
   */
  static SchemaStatements in(String schema) {
    return schema == null ? UNQUALIFIED : new SchemaStatements(schema);
  }

  /**
   * {@code create table if not exists}, one definition a line (readable wherever {@code ddl()} is
   * printed): the columns, the primary key inline with its column, the foreign keys for which
   * {@code inline} holds, then the unique constraints.
   */
  String createTable(TableDefinition table, Predicate<ForeignKey> inline) {
    StringJoiner definitions = new StringJoiner(",\n  ", "\n  ", "\n");
    table.columns().forEach(column -> definitions.add(columnDefinition(table, column)));
    table.foreignKeys().stream().filter(inline).forEach(fk -> definitions.add(foreignKey(fk)));
    table.uniqueKeys().forEach(key -> definitions.add(unique(key)));
    return "create table if not exists " + table(table.name()) + " (" + definitions + ")";
  }

  /** {@code alter table ... add column}: the column as {@link #createTable} defines it. */
  String addColumn(TableDefinition table, Column column) {
    return alterTable(table) + " add column " + columnDefinition(table, column);
  }

  /** {@code alter table ... add constraint ... primary key}. */
  String addPrimaryKey(TableDefinition table) {
    Key key = table.primaryKey();
    return alterTable(table) + " add constraint " + quote(key.name()) + " primary key (" + columns(key.columns()) + ")";
  }

  /** {@code alter table ... add constraint ... unique}. */
  String addUnique(TableDefinition table, Key key) {
    return alterTable(table) + " add " + unique(key);
  }

  /** {@code alter table ... add constraint ... foreign key}. */
  String addForeignKey(TableDefinition table, ForeignKey fk) {
    return alterTable(table) + " add " + foreignKey(fk);
  }

  /**
   * Drops a foreign key if it is there: run by {@code create} before it adds a key that cannot be
   * inline (a cycle of tables), so that running it twice changes nothing. Never part of a diff.
   */
  String dropForeignKeyIfExists(TableDefinition table, ForeignKey fk) {
    return alterTable(table) + " drop constraint if exists " + quote(fk.name());
  }

  /** {@code create index if not exists}. */
  String createIndex(TableDefinition table, Index index) {
    return "create index if not exists " + quote(index.name()) + " on " + table(table.name()) + " ("
        + quote(index.column()) + ")";
  }

  /** {@code create unique index if not exists ... on ... (lower(...))}: a key that ignores case. */
  String createUniqueIgnoringCase(TableDefinition table, Key key) {
    return "create unique index if not exists " + quote(key.name()) + " on " + table(table.name()) + " ("
        + lower(key.columns().get(0)) + ")";
  }

  /** {@code lower("email")}. */
  static String lower(String column) {
    return "lower(" + quote(column) + ")";
  }

  /** {@code drop table if exists ... cascade}. */
  String dropTable(TableDefinition table) {
    return "drop table if exists " + table(table.name()) + " cascade";
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
    return UNQUALIFIED.referencesIn(fk);
  }

  private String referencesIn(ForeignKey fk) {
    return table(fk.referencedTable()) + " (" + quote(fk.referencedColumn()) + ") on delete " + fk.onDelete().sql();
  }

  /** A table's name, with the schema if there is one. */
  private String table(String name) {
    return prefix + quote(name);
  }

  private String columnDefinition(TableDefinition table, Column column) {
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

  private String foreignKey(ForeignKey fk) {
    return "constraint " + quote(fk.name()) + " foreign key (" + quote(fk.column()) + ") references " + referencesIn(fk);
  }

  private static String unique(Key key) {
    return "constraint " + quote(key.name()) + " unique (" + columns(key.columns()) + ")";
  }

  private String alterTable(TableDefinition table) {
    return "alter table " + table(table.name());
  }
}
