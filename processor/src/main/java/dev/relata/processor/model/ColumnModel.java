package dev.relata.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One record component and its column.
 *
 * @param component the component's name ({@code userId})
 * @param column the column's name ({@code user_id})
 * @param type the component's declared type ({@code long}, {@code String})
 * @param columnType its PostgreSQL type
 * @param notNull whether the column is NOT NULL (primitives, the id, {@code @Column(nullable = false)},
 *     timestamps and the version)
 * @param unique whether {@code @Column(unique = true)} makes it unique
 * @param ignoreCase whether it is unique as {@code lower(column)} ({@code @Column(ignoreCase = true)})
 * @param role whether the database keeps it: a timestamp, the version, or {@link ColumnRole#PLAIN}
 */
public record ColumnModel(
    String component,
    String column,
    TypeName type,
    ColumnType columnType,
    boolean notNull,
    boolean unique,
    boolean ignoreCase,
    ColumnRole role) {

  /** A column of the record's own data. */
  public ColumnModel(String component, String column, TypeName type, ColumnType columnType, boolean notNull) {
    this(component, column, type, columnType, notNull, false, false, ColumnRole.PLAIN);
  }

  /** The component type, boxed: the {@code T} of its {@code TableField<Record, T>}. */
  public TypeName boxedType() {
    return type.isPrimitive() ? type.box() : type;
  }

  /** This column, NOT NULL. */
  public ColumnModel asNotNull() {
    return new ColumnModel(component, column, type, columnType, true, unique, ignoreCase, role);
  }
}
