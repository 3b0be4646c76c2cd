package dev.relata.runtime.internal;

import dev.relata.OnDelete;
import dev.relata.runtime.internal.TableDefinition.Check;
import dev.relata.runtime.internal.TableDefinition.Column;
import dev.relata.runtime.internal.TableDefinition.ForeignKey;
import dev.relata.runtime.internal.TableDefinition.Index;
import dev.relata.runtime.internal.TableDefinition.Key;
import dev.relata.runtime.TenantSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.ConstraintTypeStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Nullability;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultDataType;

/**
 * Every DDL statement Relata writes, built with jOOQ's DDL DSL and rendered for PostgreSQL with
 * quoted identifiers: those of {@code RelataSchema.create} and {@code drop}, and the additive ones
 * of {@code diff}. One writer, so that a table, column or constraint that {@code diff} adds is
 * spelt as {@code create} spells it.
 */
final class SchemaStatements {

  /** Renders each statement formatted, one definition a line: readable wherever {@code ddl()} is printed. */
  private static final DSLContext POSTGRES =
      DSL.using(SQLDialect.POSTGRES, new Settings().withRenderFormatted(true));

  /** The statements as {@code ddl()} shows them: tables by name alone, in the current schema. */
  static final SchemaStatements UNQUALIFIED = new SchemaStatements(null);

  /** The schema every table is named in, or {@code null}. */
  private final String schema;

  private SchemaStatements(String schema) {
    this.schema = schema;
  }

  /**
   * The statements naming every table with its schema ({@code "acme"."users"}), for a context
   * that {@link TenantSchema} points at it; unqualified where {@code schema} is {@code null}.
   */
  static SchemaStatements in(String schema) {
    return schema == null ? UNQUALIFIED : new SchemaStatements(schema);
  }

  /**
   * {@code create table if not exists}: the columns, the primary key, the foreign keys for which
   * {@code inline} holds, then the unique constraints.
   */
  String createTable(TableDefinition table, Predicate<ForeignKey> inline) {
    List<Constraint> constraints = new ArrayList<>();
    if (table.primaryKey() != null) {
      constraints.add(primaryKey(table.primaryKey()));
    }
    table.foreignKeys().stream().filter(inline).forEach(fk -> constraints.add(foreignKey(fk)));
    table.uniqueKeys().forEach(key -> constraints.add(unique(key)));
    table.checks().forEach(check -> constraints.add(check(check)));
    return render(
        POSTGRES.createTableIfNotExists(table(table.name()))
            .columns(table.columns().stream().map(SchemaStatements::field).toList())
            .constraints(constraints));
  }

  /** {@code alter table ... add}: the column as {@link #createTable} defines it. */
  String addColumn(TableDefinition table, Column column) {
    return render(POSTGRES.alterTable(table(table.name())).add(field(column)));
  }

  /** {@code alter table ... add constraint ... primary key}. */
  String addPrimaryKey(TableDefinition table) {
    return render(POSTGRES.alterTable(table(table.name())).add(primaryKey(table.primaryKey())));
  }

  /** {@code alter table ... add constraint ... unique}. */
  String addUnique(TableDefinition table, Key key) {
    return render(POSTGRES.alterTable(table(table.name())).add(unique(key)));
  }

  /** {@code alter table ... add constraint ... foreign key}. */
  String addForeignKey(TableDefinition table, ForeignKey fk) {
    return render(POSTGRES.alterTable(table(table.name())).add(foreignKey(fk)));
  }

  /** {@code alter table ... add constraint ... check}. */
  String addCheck(TableDefinition table, Check check) {
    return render(POSTGRES.alterTable(table(table.name())).add(check(check)));
  }

  /**
   * Drops a foreign key if it is there: run by {@code create} before it adds a key that cannot be
   * inline (a cycle of tables), so that running it twice changes nothing. Never part of a diff.
   */
  String dropForeignKeyIfExists(TableDefinition table, ForeignKey fk) {
    return render(POSTGRES.alterTable(table(table.name())).dropConstraintIfExists(DSL.name(fk.name())));
  }

  /** {@code create index if not exists}. */
  String createIndex(TableDefinition table, Index index) {
    return render(
        POSTGRES.createIndexIfNotExists(DSL.name(index.name()))
            .on(table(table.name()), index.columns().stream().map(c -> DSL.field(DSL.name(c))).toArray(Field[]::new)));
  }

  /** {@code create unique index if not exists ... on ... (lower(...))}: a key that ignores case. */
  String createUniqueIgnoringCase(TableDefinition table, Key key) {
    return render(
        POSTGRES.createUniqueIndexIfNotExists(DSL.name(key.name()))
            .on(table(table.name()), lower(key.columns().get(0))));
  }

  /** {@code drop table if exists ... cascade}. */
  String dropTable(TableDefinition table) {
    return render(POSTGRES.dropTableIfExists(table(table.name())).cascade());
  }

  /** {@code lower("email")}, as a message names the index on it. */
  static String lowerOf(String column) {
    return POSTGRES.render(lower(column));
  }

  /** {@code "name"}: an identifier, quoted as PostgreSQL reads it. */
  static String quote(String identifier) {
    return POSTGRES.render(DSL.name(identifier));
  }

  /** {@code "a", "b"}. */
  static String columns(List<String> columns) {
    return columns.stream().map(SchemaStatements::quote).collect(Collectors.joining(", "));
  }

  /**
   * The target of a foreign key as a message says it, in the words of the DDL: {@code "users"
   * ("id") on delete cascade}.
   */
  static String references(ForeignKey fk) {
    return quote(fk.referencedTable()) + " (" + quote(fk.referencedColumn()) + ") on delete " + fk.onDelete().sql();
  }

  private static Field<String> lower(String column) {
    return DSL.lower(DSL.field(DSL.name(column), String.class));
  }

  /** A table's name, with the schema if there is one. */
  private Table<?> table(String name) {
    return DSL.table(tableName(name));
  }

  private Name tableName(String name) {
    return schema == null ? DSL.name(name) : DSL.name(schema, name);
  }

  private Constraint foreignKey(ForeignKey fk) {
    ConstraintForeignKeyOnStep references =
        constraint(fk.name()).foreignKey(DSL.name(fk.column())).references(tableName(fk.referencedTable()), DSL.name(fk.referencedColumn()));
    return onDelete(references, fk.onDelete());
  }

  private static Constraint onDelete(ConstraintForeignKeyOnStep references, OnDelete onDelete) {
    return switch (onDelete) {
      case CASCADE -> references.onDeleteCascade();
      case SET_NULL -> references.onDeleteSetNull();
      case RESTRICT -> references.onDeleteRestrict();
      case NO_ACTION -> references.onDeleteNoAction();
    };
  }

  /** {@code check ("commentable_type" in ('Post', 'Video'))}: the names as literals, a DDL has no binds. */
  private static Constraint check(Check check) {
    Field<String> column = DSL.field(DSL.name(check.column()), String.class);
    return constraint(check.name()).check(column.in(check.values().stream().map(DSL::inline).toList()));
  }

  private static Constraint primaryKey(Key key) {
    return constraint(key.name()).primaryKey(names(key.columns()));
  }

  private static Constraint unique(Key key) {
    return constraint(key.name()).unique(names(key.columns()));
  }

  private static ConstraintTypeStep constraint(String name) {
    return DSL.constraint(DSL.name(name));
  }

  private static Name[] names(List<String> columns) {
    return columns.stream().map(DSL::name).toArray(Name[]::new);
  }

  /**
   * A column: its type as the definition names it ({@code timestamptz}), read by jOOQ's parser
   * of PostgreSQL type names, its nullability and what the database fills it with.
   */
  // identity(boolean) is deprecated for removal in jOOQ 3.21, whose replacement jOOQ 3.19, the line
  // Relata is built on, does not have.
  @SuppressWarnings("removal")
  private static Field<?> field(Column column) {
    // Nullable by PostgreSQL's default rather than by a "null" that adds nothing to the definition
    DataType<?> type =
        DefaultDataType.getDataType(SQLDialect.POSTGRES, column.type())
            .nullability(column.notNull() ? Nullability.NOT_NULL : Nullability.DEFAULT);
    if (column.identity()) {
      type = type.identity(true);
    } else if (column.defaultValue() != null) {
      // The expression as the definition gives it (now(), 0, gen_random_uuid()): data, not a template.
      type = defaulted(type, column.defaultValue());
    }
    return DSL.field(DSL.name(column.name()), type);
  }

  private static <T> DataType<T> defaulted(DataType<T> type, String expression) {
    return type.defaultValue(DSL.field(expression, type));
  }

  private static String render(Query query) {
    return POSTGRES.render(query);
  }
}
