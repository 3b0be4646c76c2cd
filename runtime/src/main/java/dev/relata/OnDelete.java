package dev.relata;

/**
 * What PostgreSQL does to a child row when its parent row is deleted: the {@code ON DELETE}
 * action of the foreign key that {@link BelongsTo} creates.
 */
public enum OnDelete {
  /** Refuse the delete while children exist, checked at the end of the statement (the default). */
  NO_ACTION("no action"),
  /** Delete the children with the parent. */
  CASCADE("cascade"),
  /** Keep the children and set their foreign key to {@code NULL}. */
  SET_NULL("set null"),
  /** Refuse the delete while children exist, checked at once. */
  RESTRICT("restrict");

  private final String sql;

  OnDelete(String sql) {
    this.sql = sql;
  }

  /** The action as PostgreSQL spells it after {@code ON DELETE}, e.g. {@code set null}. */
  public String sql() {
    return sql;
  }
}
