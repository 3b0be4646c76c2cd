package dev.relata.processor.generate;

import dev.relata.processor.model.AssociationModel.BelongsTo;
import dev.relata.processor.model.AssociationModel.BelongsToMany;
import dev.relata.processor.model.AssociationModel.HasMany;
import dev.relata.processor.model.AssociationModel.HasOne;
import dev.relata.processor.model.AssociationModel.PolymorphicBelongsTo;
import dev.relata.processor.model.AssociationModel;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.OnDelete;
import dev.relata.processor.model.PolymorphicKeyModel;
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
 * most one). A polymorphic {@code @BelongsTo} makes no foreign key (it would point at several
 * tables), nor do the {@code @HasMany}/{@code @HasOne} on its key: it makes an index on (type,
 * id) and a check of the type's names, and a {@code @HasOne} there makes (type, id) unique (in
 * place of the index), unless a {@code @HasMany} of another permitted record is on that key too.
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
    Map<String, PolymorphicKeyModel> polymorphicKeys = new LinkedHashMap<>();
    for (AssociationModel a : associations) {
      if (a instanceof PolymorphicBelongsTo p) {
        polymorphicKeys.putIfAbsent(
            p.owner().table() + "\0" + p.foreignKey().column(),
            new PolymorphicKeyModel(p.owner(), p.typeKey(), p.foreignKey(), p.targets().stream().map(EntityModel::name).toList()));
      }
    }
    for (AssociationModel a : associations) {
      if (a instanceof BelongsTo belongsTo) {
        add(foreignKeys, new ForeignKeyModel(a.owner(), a.foreignKey(), a.target(), belongsTo.onDelete()));
      }
    }
    for (AssociationModel a : associations) {
      if ((a instanceof HasMany || a instanceof HasOne) && polymorphicKeys.containsKey(childKey(a))) {
        continue; // the type-scoped side of a polymorphic key: no foreign key, it would point at several tables
      }
      if (a instanceof HasMany) {
        add(foreignKeys, new ForeignKeyModel(a.target(), a.foreignKey(), a.owner(), OnDelete.NO_ACTION));
      } else if (a instanceof HasOne) {
        add(foreignKeys, new ForeignKeyModel(a.target(), a.foreignKey(), a.owner(), OnDelete.NO_ACTION));
        add(uniqueKeys, new UniqueKeyModel(a.target(), List.of(a.foreignKey())));
      } else if (a instanceof BelongsToMany m) {
        add(foreignKeys, new ForeignKeyModel(m.through(), m.foreignKey(), m.owner(), OnDelete.CASCADE));
        add(foreignKeys, new ForeignKeyModel(m.through(), m.otherKey(), m.target(), OnDelete.CASCADE));
        if (m.uniquePairs()) {
          List<ColumnModel> pair =
              List.of(m.foreignKey(), m.otherKey()).stream().sorted(Comparator.comparing(ColumnModel::column)).toList();
          add(uniqueKeys, new UniqueKeyModel(m.through(), pair));
        }
      }
    }
    addPolymorphicUniqueKeys(associations, polymorphicKeys, uniqueKeys);
    return new SchemaModel(
        packageName,
        own,
        foreignKeys.values().stream().filter(fk -> fk.table().packageName().equals(packageName)).toList(),
        uniqueKeys.values().stream().filter(key -> key.table().packageName().equals(packageName)).toList(),
        polymorphicKeys.values().stream().filter(key -> key.table().packageName().equals(packageName)).toList());
  }

  /**
   * (type, id) of each polymorphic key a {@code @HasOne} is on: a parent has one row there at most,
   * as a plain {@code @HasOne}'s key is unique. Not where a {@code @HasMany} of another permitted
   * record is on that key too: a unique constraint holds for every type.
   */
  private static void addPolymorphicUniqueKeys(
      List<AssociationModel> associations, Map<String, PolymorphicKeyModel> polymorphicKeys,
      Map<String, UniqueKeyModel> uniqueKeys) {
    Map<String, Boolean> onlyHasOne = new LinkedHashMap<>();
    for (AssociationModel a : associations) {
      if ((a instanceof HasMany || a instanceof HasOne) && polymorphicKeys.containsKey(childKey(a))) {
        onlyHasOne.merge(childKey(a), a instanceof HasOne, Boolean::logicalAnd);
      }
    }
    onlyHasOne.forEach(
        (column, unique) -> {
          PolymorphicKeyModel key = polymorphicKeys.get(column);
          if (unique) {
            add(uniqueKeys, new UniqueKeyModel(key.table(), List.of(key.typeKey(), key.foreignKey())));
          }
        });
  }

  /** The table and column of a {@code @HasMany}'s or {@code @HasOne}'s key, as the maps key a column. */
  private static String childKey(AssociationModel a) {
    return a.target().table() + "\0" + a.foreignKey().column();
  }

  /** Keeps the first constraint declared for a column: an explicit {@code @BelongsTo} wins. */
  private static void add(Map<String, ForeignKeyModel> foreignKeys, ForeignKeyModel foreignKey) {
    foreignKeys.putIfAbsent(foreignKey.table().table() + "\0" + foreignKey.column().column(), foreignKey);
  }

  /** Keeps one constraint per set of columns: a unique column that is a {@code @HasOne}'s key too is one. */
  private static void add(Map<String, UniqueKeyModel> uniqueKeys, UniqueKeyModel key) {
    uniqueKeys.putIfAbsent(key.table().table() + "\0" + key.columns().stream().map(ColumnModel::column).toList(), key);
  }
}
