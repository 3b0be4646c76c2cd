package dev.relata.it.scaleout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Meta;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;

/**
 * The keys of the tables in one PostgreSQL schema, as the database's catalog has them (what {@code
 * RelataSchema.create} made, read back): each table's primary key and each single-column foreign
 * key. The rules ({@link ShardingRules}) ask them which comparisons join tables on a key.
 */
final class ForeignKeys {

  /** A column of a table, by their names in the database. */
  record Column(String table, String name) {
    @Override
    public String toString() {
      return table + "." + name;
    }
  }

  private final Map<Column, Column> references;
  private final Map<String, Set<String>> primaryKeys;

  ForeignKeys(Map<Column, Column> references, Map<String, Set<String>> primaryKeys) {
    this.references = Map.copyOf(references);
    this.primaryKeys = Map.copyOf(primaryKeys);
  }

  /** The keys of every table in {@code schema}, read from the database's catalog. */
  static ForeignKeys of(DSLContext dsl, String schema) {
    Meta meta = dsl.meta().filterSchemas(s -> s.getName().equals(schema));
    Map<Column, Column> references = new HashMap<>();
    Map<String, Set<String>> primaryKeys = new HashMap<>();
    for (Table<?> table : meta.getTables()) {
      UniqueKey<?> primaryKey = table.getPrimaryKey();
      Set<String> columns = new HashSet<>();
      if (primaryKey != null) {
        primaryKey.getFields().forEach(field -> columns.add(field.getName()));
      }
      primaryKeys.put(table.getName(), columns);
      for (ForeignKey<?, ?> key : table.getReferences()) {
        List<? extends TableField<?, ?>> from = key.getFields();
        List<? extends TableField<?, ?>> to = key.getKeyFields();
        if (from.size() == 1) {
          references.put(
              new Column(table.getName(), from.get(0).getName()),
              new Column(key.getKey().getTable().getName(), to.get(0).getName()));
        }
      }
    }
    if (primaryKeys.isEmpty()) {
      throw new IllegalStateException("schema " + schema + " has no tables: create them before reading their keys");
    }
    return new ForeignKeys(references, primaryKeys);
  }

  /** Whether {@code a = b} is a foreign key of one of them and the key it references, either way round. */
  boolean joins(Column a, Column b) {
    return b.equals(references.get(a)) || a.equals(references.get(b));
  }

  /** Whether {@code table} is a table of the schema. */
  boolean hasTable(String table) {
    return primaryKeys.containsKey(table);
  }

  /** Whether {@code column} is its table's primary key (all of it). */
  boolean isPrimaryKey(Column column) {
    return Set.of(column.name()).equals(primaryKeys.get(column.table()));
  }
}
