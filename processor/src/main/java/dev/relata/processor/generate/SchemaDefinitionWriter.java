package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.ColumnType;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.PolymorphicKeyModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.model.UniqueKeyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of one package as the runtime's {@code SchemaDefinition}, which writes their DDL
 * and compares them with a database: tables in foreign-key order (a referenced table first), each
 * with its columns (PostgreSQL type, nullability, what the database fills in) and its named
 * constraints (primary key, foreign keys with their {@code on delete}, unique keys: the names its
 * {@code XTable} declares), an index on every foreign-key column that no key's index leads
 * with, and for a polymorphic key a check of the type's names and an index on (type, id) where no
 * key's index leads with them.
 */
final class SchemaDefinitionWriter {

  private static final ClassName SCHEMA_DEFINITION = ClassName.get(Types.INTERNAL, "SchemaDefinition");
  private static final ClassName TABLE_DEFINITION = ClassName.get(Types.INTERNAL, "TableDefinition");
  private static final ClassName ON_DELETE = ClassName.get("dev.relata", "OnDelete");

  private final SchemaModel schema;
  /** The foreign keys of each table, by table name; looked up for every table, often. */
  private final Map<String, List<ForeignKeyModel>> foreignKeysByTable = new HashMap<>();
  private final Set<String> tables = new HashSet<>();
  private final ConstraintNames names;

  SchemaDefinitionWriter(SchemaModel schema) {
    this.schema = schema;
    this.names = new ConstraintNames(schema);
    for (ForeignKeyModel fk : schema.foreignKeys()) {
      foreignKeysByTable.computeIfAbsent(fk.table().table(), table -> new ArrayList<>()).add(fk);
    }
    schema.entities().forEach(entity -> tables.add(entity.table()));
  }

  /**
   * The tables in creation order: each after the tables it references; where tables reference
   * each other in a cycle, the runtime adds the back references after all tables.
   */
  List<EntityModel> creationOrder() {
    List<EntityModel> order = new ArrayList<>();
    Set<String> created = new HashSet<>();
    Set<EntityModel> remaining = new LinkedHashSet<>(schema.entities());
    while (!remaining.isEmpty()) {
      EntityModel next =
          remaining.stream()
              .filter(e -> referencedTables(e).stream().allMatch(t -> created.contains(t) || !tables.contains(t)))
              .findFirst()
              .orElse(remaining.iterator().next());
      order.add(next);
      created.add(next.table());
      remaining.remove(next);
    }
    return order;
  }

  /** {@code SchemaDefinition.of("p", TableDefinition.named("users")...)}, a table a paragraph. */
  CodeBlock definition() {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n$>$>$S", SCHEMA_DEFINITION, schema.packageName());
    for (EntityModel entity : creationOrder()) {
      code.add(",\n$T.named($S)$>", TABLE_DEFINITION, entity.table());
      entity.columns().forEach(column -> code.add(column(entity, column)));
      code.add("\n.primaryKey($S, $S)", names.primaryKey(entity), entity.id().column());
      for (UniqueKeyModel key : schema.uniqueKeysOf(entity)) {
        code.add("\n.unique($S", names.of(key));
        key.columns().forEach(column -> code.add(", $S", column.column()));
        code.add(")");
      }
      entity.columns().stream()
          .filter(ColumnModel::ignoreCase)
          .forEach(column -> code.add("\n.uniqueIgnoringCase($S, $S)",
              names.ignoringCase(entity, column), column.column()));
      for (ForeignKeyModel fk : foreignKeysOf(entity)) {
        code.add("\n.foreignKey($S, $S, $S, $S, $T.$L)", names.of(fk), fk.column().column(),
            fk.references().table(), fk.references().id().column(), ON_DELETE, fk.onDelete().name());
      }
      for (ForeignKeyModel fk : foreignKeysOf(entity)) {
        if (!indexedByAKey(entity, List.of(fk.column()))) {
          code.add("\n.index($S, $S)", names.index(entity, fk.column()), fk.column().column());
        }
      }
      for (PolymorphicKeyModel key : schema.polymorphicKeysOf(entity)) {
        if (!indexedByAKey(entity, List.of(key.typeKey(), key.foreignKey()))) {
          code.add("\n.index($S, $S, $S)", names.index(key), key.typeKey().column(), key.foreignKey().column());
        }
        code.add("\n.check($S, $S", names.check(key), key.typeKey().column());
        key.types().forEach(type -> code.add(", $S", type));
        code.add(")");
      }
      code.add("$<");
    }
    return code.add(")$<$<").build();
  }

  /**
   * The call that declares {@code column}, with what the database fills in where an insert by hand
   * leaves it out (Relata's own inserts set the timestamps and the version themselves).
   */
  private static CodeBlock column(EntityModel entity, ColumnModel column) {
    if (column.equals(entity.id())) {
      if (column.columnType() == ColumnType.UUID) {
        return CodeBlock.of("\n.notNullColumn($S, $S, $S)", column.column(), column.columnType().sql(), "gen_random_uuid()");
      }
      return entity.generatedId()
          ? CodeBlock.of("\n.identityColumn($S, $S)", column.column(), column.columnType().sql())
          : CodeBlock.of("\n.notNullColumn($S, $S)", column.column(), column.columnType().sql());
    }
    String defaultValue =
        switch (column.role()) {
          case CREATED_AT, UPDATED_AT -> "now()";
          case VERSION -> "0";
          case PLAIN -> null;
        };
    if (!column.notNull()) {
      return CodeBlock.of("\n.column($S, $S)", column.column(), column.columnType().sql());
    }
    return defaultValue == null
        ? CodeBlock.of("\n.notNullColumn($S, $S)", column.column(), column.columnType().sql())
        : CodeBlock.of("\n.notNullColumn($S, $S, $S)", column.column(), column.columnType().sql(), defaultValue);
  }

  /**
   * Whether the index of a key already serves lookups by {@code columns}: the primary key's, or a
   * unique constraint's that leads with them in this order (a {@code @HasOne}'s {@code unique
   * (member_id)}, a join table's {@code unique (book_id, genre_id)}, a polymorphic {@code
   * @HasOne}'s {@code unique (subject_type, subject_id)}). A second index on them would only slow
   * writes.
   */
  private boolean indexedByAKey(EntityModel entity, List<ColumnModel> columns) {
    return columns.equals(List.of(entity.id()))
        || schema.uniqueKeysOf(entity).stream()
            .anyMatch(key -> key.columns().size() >= columns.size() && key.columns().subList(0, columns.size()).equals(columns));
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
}
