package dev.relata.processor.parse;

import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.model.UniquePairModel;
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
 * {@code @BelongsToMany} through that table says {@code unique = false}.
 */
public final class SchemaPlanner {

  private SchemaPlanner() {}

  public static SchemaModel plan(String packageName, List<EntityModel> entities, List<AssociationModel> associations) {
    Map<String, ForeignKeyModel> foreignKeys = new LinkedHashMap<>();
    Map<String, UniquePairModel> pairs = new LinkedHashMap<>();
    for (AssociationModel a : associations) {
      if (a.kind() == dev.relata.processor.model.AssociationKind.BELONGS_TO) {
        add(foreignKeys, new ForeignKeyModel(a.owner(), a.foreignKey(), a.target(), a.onDelete()));
      }
    }
    for (AssociationModel a : associations) {
      switch (a.kind()) {
        case HAS_MANY, HAS_ONE -> add(foreignKeys, new ForeignKeyModel(a.target(), a.foreignKey(), a.owner(), "no action"));
        case BELONGS_TO_MANY -> {
          add(foreignKeys, new ForeignKeyModel(a.through(), a.foreignKey(), a.owner(), "cascade"));
          add(foreignKeys, new ForeignKeyModel(a.through(), a.otherKey(), a.target(), "cascade"));
          if (a.uniquePairs()) {
            List<ColumnModel> pair =
                List.of(a.foreignKey(), a.otherKey()).stream().sorted(Comparator.comparing(ColumnModel::column)).toList();
            pairs.putIfAbsent(
                a.through().table() + "." + pair.get(0).column() + "." + pair.get(1).column(),
                new UniquePairModel(a.through(), pair.get(0), pair.get(1)));
          }
        }
        case BELONGS_TO -> {}
      }
    }
    List<EntityModel> own =
        entities.stream()
            .filter(e -> e.packageName().equals(packageName))
            .sorted(Comparator.comparing(EntityModel::name))
            .toList();
    return new SchemaModel(
        packageName,
        own,
        foreignKeys.values().stream().filter(fk -> fk.table().packageName().equals(packageName)).toList(),
        pairs.values().stream().filter(p -> p.table().packageName().equals(packageName)).toList());
  }

  /** Keeps the first constraint declared for a column: an explicit {@code @BelongsTo} wins. */
  private static void add(Map<String, ForeignKeyModel> foreignKeys, ForeignKeyModel foreignKey) {
    foreignKeys.putIfAbsent(foreignKey.table().table() + "." + foreignKey.column().column(), foreignKey);
  }
}
