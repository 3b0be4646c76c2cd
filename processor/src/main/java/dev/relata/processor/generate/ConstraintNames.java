package dev.relata.processor.generate;

import dev.relata.processor.base.Names;
import dev.relata.processor.model.ColumnModel;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.ForeignKeyModel;
import dev.relata.processor.model.PolymorphicKeyModel;
import dev.relata.processor.model.SchemaModel;
import dev.relata.processor.model.UniqueKeyModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name of every constraint and index of one package's tables, as {@code RelataSchema} creates
 * them and {@code XTable} declares them: {@link Names#objectName}, and where two names come out
 * the same (long names cut to PostgreSQL's 63 bytes), PostgreSQL's own way out for the names it
 * makes ({@code ChooseRelationName}): the later one's label numbered, {@code _fkey1}, {@code
 * _fkey2}, ... Names are given table by table, in the order of the schema's entities: primary key,
 * unique keys, unique indexes on {@code lower(column)}, foreign keys, their indexes, polymorphic
 * keys' indexes and checks.
 */
final class ConstraintNames {

  private final Set<String> taken = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();

  ConstraintNames(SchemaModel schema) {
    for (EntityModel entity : schema.entities()) {
      String table = entity.table();
      give(primaryKeyOf(entity), table, null, "pkey");
      for (UniqueKeyModel key : schema.uniqueKeysOf(entity)) {
        give(keyOf(key), table, String.join("_", key.columns().stream().map(ColumnModel::column).toList()), "key");
      }
      entity.columns().stream()
          .filter(ColumnModel::ignoreCase)
          .forEach(column -> give(ignoringCaseOf(entity, column), table, "lower_" + column.column(), "idx"));
      for (ForeignKeyModel fk : schema.foreignKeysOf(entity)) {
        give(keyOf(fk), table, fk.column().column(), "fkey");
      }
      for (ForeignKeyModel fk : schema.foreignKeysOf(entity)) {
        give(indexOf(entity, fk.column()), table, fk.column().column(), "idx");
      }
      for (PolymorphicKeyModel key : schema.polymorphicKeysOf(entity)) {
        give(indexOf(key), table, key.typeKey().column() + "_" + key.foreignKey().column(), "idx");
        give(checkOf(key), table, key.typeKey().column(), "check");
      }
    }
  }

  /** {@code comments_commentable_type_commentable_id_idx}: the index on a polymorphic key's (type, id). */
  String index(PolymorphicKeyModel key) {
    return names.get(indexOf(key));
  }

  /** {@code comments_commentable_type_check}: the check of a polymorphic key's type names. */
  String check(PolymorphicKeyModel key) {
    return names.get(checkOf(key));
  }

  private static String indexOf(PolymorphicKeyModel key) {
    return "t\0" + key.table().table() + "\0" + key.typeKey().column() + "\0" + key.foreignKey().column();
  }

  private static String checkOf(PolymorphicKeyModel key) {
    return "c\0" + key.table().table() + "\0" + key.typeKey().column();
  }

  /** {@code users_pkey}. */
  String primaryKey(EntityModel entity) {
    return names.get(primaryKeyOf(entity));
  }

  /** {@code post_tags_post_id_tag_id_key}. */
  String of(UniqueKeyModel key) {
    return names.get(keyOf(key));
  }

  /** {@code posts_user_id_fkey}. */
  String of(ForeignKeyModel fk) {
    return names.get(keyOf(fk));
  }

  /** {@code users_lower_email_idx}: the unique index on {@code lower("email")}. */
  String ignoringCase(EntityModel entity, ColumnModel column) {
    return names.get(ignoringCaseOf(entity, column));
  }

  /** {@code posts_user_id_idx}: the index on a foreign-key column. */
  String index(EntityModel entity, ColumnModel column) {
    return names.get(indexOf(entity, column));
  }

  private void give(String what, String table, String columns, String label) {
    String name = Names.objectName(table, columns, label);
    for (int pass = 1; taken.contains(name); pass++) {
      name = Names.objectName(table, columns, label + pass);
    }
    taken.add(name);
    names.put(what, name);
  }

  private static String primaryKeyOf(EntityModel entity) {
    return "p\0" + entity.table();
  }

  private static String keyOf(UniqueKeyModel key) {
    return "u\0" + key.table().table() + "\0" + key.columns().stream().map(ColumnModel::column).toList();
  }

  private static String keyOf(ForeignKeyModel fk) {
    return "f\0" + fk.table().table() + "\0" + fk.column().column();
  }

  private static String ignoringCaseOf(EntityModel entity, ColumnModel column) {
    return "l\0" + entity.table() + "\0" + column.column();
  }

  private static String indexOf(EntityModel entity, ColumnModel column) {
    return "i\0" + entity.table() + "\0" + column.column();
  }
}
