package dev.relata.processor.generate;

import static dev.relata.processor.generate.SqlDocs.quote;

import dev.relata.processor.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnType;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.model.UniqueKeyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The PostgreSQL DDL of one package: tables in foreign-key order (a referenced table first),
 * each with its named constraints inline (primary key, unique keys, foreign keys: the names its
 * {@code XTable} declares) and {@code if not exists}, then an index on
 * every foreign-key column. A foreign key inside a cycle of tables cannot be inline: it is added
 * after all tables, dropped first so that running the DDL twice changes nothing.
 */
final class DdlWriter {

  private final SchemaModel schema;
  /** The foreign keys of each table, by table name; looked up for every table, often. */
  private final Map<String, List<ForeignKeyModel>> foreignKeysByTable = new HashMap<>();
  private final Set<String> tables = new HashSet<>();

  DdlWriter(SchemaModel schema) {
    this.schema = schema;
    for (ForeignKeyModel fk : schema.foreignKeys()) {
      foreignKeysByTable.computeIfAbsent(fk.table().table(), table -> new ArrayList<>()).add(fk);
    }
    schema.entities().forEach(entity -> tables.add(entity.table()));
  }

  /** The tables in creation order. */
  List<EntityModel> creationOrder() {
    List<EntityModel> order = new ArrayList<>();
    Set<String> created = new HashSet<>();
    Set<EntityModel> remaining = new LinkedHashSet<>(schema.entities());
    while (!remaining.isEmpty()) {
      EntityModel next =
          remaining.stream()
              .filter(e -> referencedTables(e).stream().allMatch(t -> created.contains(t) || !inSchema(t)))
              .findFirst()
              .orElse(remaining.iterator().next()); // a cycle: its back references are added later
      order.add(next);
      created.add(next.table());
      remaining.remove(next);
    }
    return order;
  }

  /** Every statement of {@code create}. */
  List<String> create() {
    List<String> statements = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    Set<String> created = new HashSet<>();
    for (EntityModel entity : creationOrder()) {
      created.add(entity.table());
      // One definition a line: readable in the generated source and wherever ddl() is printed.
      StringJoiner definitions = new StringJoiner(",\n  ", "\n  ", "\n");
      entity.columns().forEach(column -> definitions.add(columnDefinition(entity, column)));
      for (ForeignKeyModel fk : foreignKeysOf(entity)) {
        String referenced = fk.references().table();
        if (created.contains(referenced) || !inSchema(referenced)) {
          definitions.add(constraint(fk));
        } else {
          deferred.add("alter table " + quote(entity.table()) + " drop constraint if exists " + quote(fk.constraintName()));
          deferred.add("alter table " + quote(entity.table()) + " add " + constraint(fk));
        }
      }
      for (UniqueKeyModel key : schema.uniqueKeysOf(entity)) {
        String columns = String.join(", ", key.columns().stream().map(column -> quote(column.column())).toList());
        definitions.add("constraint " + quote(key.constraintName()) + " unique (" + columns + ")");
      }
      statements.add("create table if not exists " + quote(entity.table()) + " (" + definitions + ")");
    }
    statements.addAll(deferred);
    for (ForeignKeyModel fk : schema.foreignKeys()) {
      String table = fk.table().table();
      String column = fk.column().column();
      statements.add(
          "create index if not exists " + quote(Names.foreignKeyIndex(table, column)) + " on " + quote(table) + " ("
              + quote(column) + ")");
    }
    return statements;
  }

  /** Every statement of {@code drop}: tables in reverse creation order. */
  List<String> drop() {
    List<String> statements = new ArrayList<>();
    List<EntityModel> order = creationOrder();
    for (int i = order.size() - 1; i >= 0; i--) {
      statements.add("drop table if exists " + quote(order.get(i).table()) + " cascade");
    }
    return statements;
  }

  private String columnDefinition(EntityModel entity, ColumnModel column) {
    String definition = quote(column.column()) + " " + column.columnType().sql();
    if (column.equals(entity.id())) {
      String primaryKey = " constraint " + quote(Names.primaryKeyConstraint(entity.table())) + " primary key";
      if (column.columnType() == ColumnType.UUID) {
        return definition + " default gen_random_uuid()" + primaryKey;
      }
      return definition + (entity.generatedId() ? " generated by default as identity" : "") + primaryKey;
    }
    definition = column.notNull() ? definition + " not null" : definition;
    // What an insert by hand gets; Relata's own inserts set these values themselves.
    return switch (column.role()) {
      case CREATED_AT, UPDATED_AT -> definition + " default now()";
      case VERSION -> definition + " default 0";
      case PLAIN -> definition;
    };
  }

  private List<ForeignKeyModel> foreignKeysOf(EntityModel entity) {
    return foreignKeysByTable.getOrDefault(entity.table(), List.of());
  }

  private Set<String> referencedTables(EntityModel entity) {
    Set<String> tables = new LinkedHashSet<>();
    foreignKeysOf(entity).forEach(fk -> tables.add(fk.references().table()));
    tables.remove(entity.table()); // a self-reference is fine inline
    return tables;
  }

  private boolean inSchema(String table) {
    return tables.contains(table);
  }

  private static String constraint(ForeignKeyModel fk) {
    return "constraint " + quote(fk.constraintName()) + " foreign key (" + quote(fk.column().column()) + ") references "
        + quote(fk.references().table()) + " (" + quote(fk.references().id().column()) + ") on delete " + fk.onDelete();
  }
}
