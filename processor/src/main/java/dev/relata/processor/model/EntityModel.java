package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @Entity} record: its table and columns. Associations are in {@link AssociationModel}.
 *
 * @param className the record
 * @param table the table's name
 * @param columns every component's column, in component order
 * @param id the {@code @Id} column, one of {@code columns}
 */
public record EntityModel(ClassName className, String table, List<ColumnModel> columns, ColumnModel id) {

  public EntityModel {
    columns = List.copyOf(columns);
  }

  /** The record's simple name, {@code User}. */
  public String name() {
    return className.simpleName();
  }

  /** The package, where the generated classes go. */
  public String packageName() {
    return className.packageName();
  }

  /** The column of component {@code name}, if there is one. */
  public Optional<ColumnModel> column(String component) {
    return columns.stream().filter(c -> c.component().equals(component)).findFirst();
  }

  /** The column with {@code role} ({@code @CreatedAt}, ...), if there is one. */
  public Optional<ColumnModel> column(ColumnRole role) {
    return columns.stream().filter(c -> c.role() == role).findFirst();
  }

  /** Whether the database makes the id of a row inserted without one. */
  public boolean generatedId() {
    return id.columnType() != ColumnType.TEXT;
  }
}
