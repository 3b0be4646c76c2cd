package dev.relata.runtime.internal;

import dev.relata.SchemaMismatchException;
import dev.relata.runtime.internal.TableDefinition.ForeignKey;
import dev.relata.runtime.TenantSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.DSLContext;

/**
 * The tables of one package's entities, in creation order (a referenced table first), as a
 * generated {@code RelataSchema} declares them: what its {@code create}, {@code drop}, {@code ddl},
 * {@code validate} and {@code diff} work from. Called by generated code only.
 */
public final class SchemaDefinition {

  private final String packageName;
  private final List<TableDefinition> tables;
  /** Each table's place in creation order, by name. */
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<String> createStatements;
  private final List<String> dropStatements;

  private SchemaDefinition(String packageName, List<TableDefinition> tables) {
    this.packageName = packageName;
    this.tables = tables;
    for (int i = 0; i < tables.size(); i++) {
      positions.put(tables.get(i).name(), i);
    }
    this.createStatements = writeCreateStatements(SchemaStatements.UNQUALIFIED);
    this.dropStatements = writeDropStatements(SchemaStatements.UNQUALIFIED);
  }

  /**
   * The tables of the entities of {@code packageName}, in creation order.
   *
   * @throws IllegalArgumentException where two tables have one name
   */
  public static SchemaDefinition of(String packageName, TableDefinition... tables) {
    Objects.requireNonNull(packageName, "packageName");
    Set<String> names = new HashSet<>();
    for (TableDefinition table : tables) {
      if (!names.add(Objects.requireNonNull(table, "table").name())) {
        throw new IllegalArgumentException("two tables named \"" + table.name() + "\" in " + packageName);
      }
    }
    return new SchemaDefinition(packageName, List.of(tables));
  }

  /**
   * The statements of {@link #create}: each table with its columns and constraints, {@code if not
   * exists}; the foreign keys that cannot be inline (to a table of a cycle made later), each
   * dropped first so that running them twice changes nothing; an index on every foreign-key column.
   */
  public List<String> createStatements() {
    return createStatements;
  }

  /** The statements of {@link #drop}: the tables in reverse order, {@code if exists}, {@code cascade}. */
  public List<String> dropStatements() {
    return dropStatements;
  }

  /**
   * Runs {@link #createStatements()} in one transaction; each table named with its schema where
   * {@code dsl} is a {@link TenantSchema}'s.
   */
  public void create(DSLContext dsl) {
    DSLContext checked = checked(dsl, "RelataSchema.create");
    run(checked, TenantSchema.of(checked).map(schema -> writeCreateStatements(SchemaStatements.in(schema))).orElse(createStatements));
  }

  /** Runs {@link #dropStatements()} in one transaction; in a {@link TenantSchema}'s schema, as {@link #create}. */
  public void drop(DSLContext dsl) {
    DSLContext checked = checked(dsl, "RelataSchema.drop");
    run(checked, TenantSchema.of(checked).map(schema -> writeDropStatements(SchemaStatements.in(schema))).orElse(dropStatements));
  }

  /**
   * Compares the tables in the connection's current schema (or a {@link TenantSchema}'s) with
   * these definitions.
   *
   * @throws SchemaMismatchException listing every difference, if there is any
   */
  public void validate(DSLContext dsl) {
    LiveSchema live = read(checked(dsl, "RelataSchema.validate"));
    List<String> differences = SchemaComparison.compare(this, live, SchemaStatements.UNQUALIFIED).differences();
    if (!differences.isEmpty()) {
      throw new SchemaMismatchException(packageName, live.schema(), differences);
    }
  }

  /**
   * The statements that add to the current schema (or a {@link TenantSchema}'s, then naming it)
   * what these definitions have and it lacks: tables, columns, keys, indexes, in an order that
   * applies; never a drop, never a change to a column that is there.
   */
  public List<String> diff(DSLContext dsl) {
    DSLContext checked = checked(dsl, "RelataSchema.diff");
    LiveSchema live = read(checked);
    return SchemaComparison.compare(this, live, SchemaStatements.in(TenantSchema.of(checked).orElse(null))).additions();
  }

  private static DSLContext checked(DSLContext dsl, String method) {
    return Dialects.requirePostgres(Checks.notNull(dsl, "dsl", method), method);
  }

  /** The tables, in creation order. */
  List<TableDefinition> tables() {
    return tables;
  }

  /**
   * Which foreign keys of {@code table} its {@code create table} holds: those to a table made
   * before it (or to itself), or to a table of another package, made by that package's schema.
   */
  Predicate<ForeignKey> inline(TableDefinition table) {
    int position = positions.get(table.name());
    return fk -> positions.getOrDefault(fk.referencedTable(), -1) <= position;
  }

  private LiveSchema read(DSLContext dsl) {
    Set<String> types = new LinkedHashSet<>();
    tables.forEach(table -> table.columns().forEach(column -> types.add(column.type())));
    return LiveSchema.read(
        dsl, TenantSchema.of(dsl).orElse(null), tables.stream().map(TableDefinition::name).toList(), List.copyOf(types));
  }

  private List<String> writeDropStatements(SchemaStatements ddl) {
    List<String> drop = new ArrayList<>();
    for (int i = tables.size() - 1; i >= 0; i--) {
      drop.add(ddl.dropTable(tables.get(i)));
    }
    return List.copyOf(drop);
  }

  private List<String> writeCreateStatements(SchemaStatements ddl) {
    List<String> statements = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    for (TableDefinition table : tables) {
      Predicate<ForeignKey> inline = inline(table);
      statements.add(ddl.createTable(table, inline));
      for (ForeignKey fk : table.foreignKeys()) {
        if (!inline.test(fk)) {
          deferred.add(ddl.dropForeignKeyIfExists(table, fk));
          deferred.add(ddl.addForeignKey(table, fk));
        }
      }
    }
    statements.addAll(deferred);
    tables.forEach(table -> table.indexes().forEach(index -> statements.add(ddl.createIndex(table, index))));
    tables.forEach(table -> table.caseInsensitiveKeys()
        .forEach(key -> statements.add(ddl.createUniqueIgnoringCase(table, key))));
    return List.copyOf(statements);
  }

  private static void run(DSLContext dsl, List<String> statements) {
    dsl.transaction(tx -> statements.forEach(statement -> tx.dsl().execute(statement)));
  }
}
