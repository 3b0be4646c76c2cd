package dev.relata.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One record component and its column.
 *
 * @param component the component's name ({@code userId})
 * @param column the column's name ({@code user_id})
 * @param type the component's declared type ({@code long}, {@code String})
 * @param columnType its PostgreSQL type
 * @param notNull whether the column is NOT NULL (primitives, the id, {@code @Column(nullable = false)})
 * @param unique whether {@code @Column(unique = true)} makes it unique
 */
public record ColumnModel(
    String component, String column, TypeName type, ColumnType columnType, boolean notNull, boolean unique) {

  /** The component type, boxed: the {@code T} of its {@code TableField<Record, T>}. */
  public TypeName boxedType() {
    return type.isPrimitive() ? type.box() : type;
  }

  /** This column, NOT NULL. */
  public ColumnModel asNotNull() {
    return new ColumnModel(component, column, type, columnType, true, unique);
  }
}
