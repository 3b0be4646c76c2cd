package dev.relata.runtime.internal;

import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;

/**
 * The keys a generated {@code XTable} declares, made the way jOOQ's own generated {@code Keys}
 * class makes them ({@link Internal}), with the constraint names {@code RelataSchema} gives them.
 * Called by generated code only.
 */
public final class TableKeys {

  private TableKeys() {}

  /** A primary key or unique key of {@code table} on {@code columns}, named {@code name}. */
  @SafeVarargs
  @SuppressWarnings("varargs") // jOOQ reads the array, never stores into it
  public static UniqueKey<Record> unique(Table<Record> table, String name, TableField<Record, ?>... columns) {
    return Internal.createUniqueKey(table, DSL.name(name), columns, true);
  }

  /** The foreign key {@code name} of {@code table}: {@code column} references {@code key}, a primary key. */
  // jOOQ 3.21 deprecates this overload for one that also takes the ON DELETE and ON UPDATE rules,
  // which 3.19 does not have; both versions are built (the jooq-latest profile).
  @SuppressWarnings("deprecation")
  public static ForeignKey<Record, Record> foreignKey(
      Table<Record> table, String name, TableField<Record, ?> column, UniqueKey<Record> key) {
    @SuppressWarnings({"unchecked", "rawtypes"}) // a one-element array of a generic type: jOOQ takes arrays
    TableField<Record, ?>[] columns = new TableField[] {column};
    return Internal.createForeignKey(table, DSL.name(name), columns, key, key.getFieldsArray(), true);
  }
}
