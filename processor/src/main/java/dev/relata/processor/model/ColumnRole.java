package dev.relata.processor.model;

/**
 * What a column holds beside the record's own data: the timestamps and the version the database
 * keeps ({@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version}), or nothing special.
 */
public enum ColumnRole {
  PLAIN(""),
  CREATED_AT("CreatedAt"),
  UPDATED_AT("UpdatedAt"),
  VERSION("Version");

  private final String annotation;

  ColumnRole(String annotation) {
    this.annotation = annotation;
  }

  /** The simple name of the annotation that gives the role, {@code CreatedAt}; empty for {@link #PLAIN}. */
  public String annotation() {
    return annotation;
  }

  /** Whether the database sets the column to {@code now()}. */
  public boolean timestamp() {
    return this == CREATED_AT || this == UPDATED_AT;
  }
}
