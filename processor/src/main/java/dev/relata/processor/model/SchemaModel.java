package dev.relata.processor.model;

import java.util.List;

/**
 * The tables of one package and their constraints, for its {@code RelataSchema} and {@code XTable}s.
 *
 * @param packageName the package
 * @param entities its entities, sorted by name
 * @param foreignKeys the foreign keys of its tables, one per column
 * @param uniqueKeys the unique constraints of its tables, one per set of columns
 * @param polymorphicKeys the polymorphic keys of its tables: an index and a check each, no foreign key
 */
public record SchemaModel(
    String packageName,
    List<EntityModel> entities,
    List<ForeignKeyModel> foreignKeys,
    List<UniqueKeyModel> uniqueKeys,
    List<PolymorphicKeyModel> polymorphicKeys) {

  /** The tables of a package without polymorphic keys. */
  public SchemaModel(
      String packageName, List<EntityModel> entities, List<ForeignKeyModel> foreignKeys, List<UniqueKeyModel> uniqueKeys) {
    this(packageName, entities, foreignKeys, uniqueKeys, List.of());
  }

  /** The polymorphic keys of {@code entity}'s table. */
  public List<PolymorphicKeyModel> polymorphicKeysOf(EntityModel entity) {
    return polymorphicKeys.stream().filter(key -> key.table().table().equals(entity.table())).toList();
  }

  /** The foreign keys of {@code entity}'s table. */
  public List<ForeignKeyModel> foreignKeysOf(EntityModel entity) {
    return foreignKeys.stream().filter(fk -> fk.table().table().equals(entity.table())).toList();
  }

  /** The unique constraints of {@code entity}'s table. */
  public List<UniqueKeyModel> uniqueKeysOf(EntityModel entity) {
    return uniqueKeys.stream().filter(key -> key.table().table().equals(entity.table())).toList();
  }
}
