package dev.relata.processor.parse;

import dev.relata.processor.model.AssociationKind;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.model.UniqueKeyModel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the constraints of each package's tables from all associations of the compilation:
 * a {@code @BelongsTo} makes its foreign key with its {@code onDelete}; a {@code @HasMany} or
 * {@code @HasOne} without one makes it with {@code no action}; a {@code @BelongsToMany} makes its
 * join table's two keys (with {@code cascade}, so deleting either side removes its links, unless
 * the join record's own {@code @BelongsTo} says otherwise) and their unique pair, unless every
 * {@code @BelongsToMany} through that table says {@code unique = false}. Unique are also
 * the {@code @Column(unique = true)} columns and a {@code @HasOne}'s foreign key (a parent has at
 * most one).
 */
public final class SchemaPlanner {

  private SchemaPlanner() {}

  public static SchemaModel plan(String packageName, List<EntityModel> entities, List<AssociationModel> associations) {
    Map<String, ForeignKeyModel> foreignKeys = new LinkedHashMap<>();
    Map<String, UniqueKeyModel> uniqueKeys = new LinkedHashMap<>();
    List<EntityModel> own =
        entities.stream()
            .filter(e -> e.packageName().equals(packageName))
            .sorted(Comparator.comparing(EntityModel::name))
            .toList();
    for (EntityModel entity : own) {
      entity.columns().stream()
          // ignoreCase: a unique index on lower(column), which the table declares itself.
          .filter(column -> column.unique() && !column.ignoreCase() && !column.equals(entity.id()))
          .forEach(column -> add(uniqueKeys, new UniqueKeyModel(entity, List.of(column))));
    }
    for (AssociationModel a : associations) {
      if (a.kind() == AssociationKind.BELONGS_TO) {
        add(foreignKeys, new ForeignKeyModel(a.owner(), a.foreignKey(), a.target(), a.onDelete()));
      }
    }
    for (AssociationModel a : associations) {
      switch (a.kind()) {
        case HAS_MANY -> add(foreignKeys, new ForeignKeyModel(a.target(), a.foreignKey(), a.owner(), "NO_ACTION"));
        case HAS_ONE -> {
          add(foreignKeys, new ForeignKeyModel(a.target(), a.foreignKey(), a.owner(), "NO_ACTION"));
          add(uniqueKeys, new UniqueKeyModel(a.target(), List.of(a.foreignKey())));
        }
        case BELONGS_TO_MANY -> {
          add(foreignKeys, new ForeignKeyModel(a.through(), a.foreignKey(), a.owner(), "CASCADE"));
          add(foreignKeys, new ForeignKeyModel(a.through(), a.otherKey(), a.target(), "CASCADE"));
          if (a.uniquePairs()) {
            List<ColumnModel> pair =
                List.of(a.foreignKey(), a.otherKey()).stream().sorted(Comparator.comparing(ColumnModel::column)).toList();
            add(uniqueKeys, new UniqueKeyModel(a.through(), pair));
          }
        }
        case BELONGS_TO -> {}
      }
    }
    return new SchemaModel(
        packageName,
        own,
        foreignKeys.values().stream().filter(fk -> fk.table().packageName().equals(packageName)).toList(),
        uniqueKeys.values().stream().filter(key -> key.table().packageName().equals(packageName)).toList());
  }

  /** Keeps the first constraint declared for a column: an explicit {@code @BelongsTo} wins. */
  private static void add(Map<String, ForeignKeyModel> foreignKeys, ForeignKeyModel foreignKey) {
    foreignKeys.putIfAbsent(foreignKey.constraintName(), foreignKey);
  }

  /** Keeps one constraint per set of columns: a unique column that is a {@code @HasOne}'s key too is one. */
  private static void add(Map<String, UniqueKeyModel> uniqueKeys, UniqueKeyModel key) {
    uniqueKeys.putIfAbsent(key.constraintName(), key);
  }
}
