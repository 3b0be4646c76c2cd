package dev.relata.processor.model;

import java.util.List;

/**
 * The two columns of a polymorphic {@code @BelongsTo} in its owner's table: no foreign key (it
 * would point at several tables), but an index on (type, id), unless a unique constraint on them
 * serves ({@code @HasOne}), and a check that the type column holds one of the permitted records'
 * names.
 *
 * @param table the owner, whose table holds both columns
 * @param typeKey the column holding the parent's record name
 * @param foreignKey the column holding the parent's id
 * @param types the names the type column may hold, in {@code permits} order
 */
public record PolymorphicKeyModel(EntityModel table, ColumnModel typeKey, ColumnModel foreignKey, List<String> types) {

  public PolymorphicKeyModel {
    types = List.copyOf(types);
  }
}
