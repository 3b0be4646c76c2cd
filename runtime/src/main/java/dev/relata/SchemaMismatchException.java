package dev.relata;

import java.util.List;

/**
 * The tables in the database differ from the ones a package's entities need: thrown by the
 * generated {@code RelataSchema.validate(dsl)}, with every difference found, one a line (a
 * missing table or column, a column's type or nullability, a missing or different primary key,
 * unique constraint or foreign key, a missing foreign-key index). The message names tables,
 * columns and constraints, never a row's values.
 */
public final class SchemaMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String schema;
  private final List<String> differences;

  /**
   * @param packageName the package whose entities the tables are for
   * @param schema the database schema that was read
   * @param differences what differs, one sentence each; not empty
   */
  public SchemaMismatchException(String packageName, String schema, List<String> differences) {
    super(message(packageName, schema, differences));
    this.schema = schema;
    this.differences = List.copyOf(differences);
  }

  /**
   * The database schema that was read: the connection's {@code current_schema()}, or the schema of
   * a {@code TenantSchema} context.
   */
  public String schema() {
    return schema;
  }

  /** Every difference, one sentence each, e.g. {@code column "books"."publisher" is missing}. */
  public List<String> differences() {
    return differences;
  }

  private static String message(String packageName, String schema, List<String> differences) {
    if (differences.isEmpty()) {
      throw new IllegalArgumentException("a schema mismatch needs at least one difference");
    }
    StringBuilder message =
        new StringBuilder("the tables in schema \"").append(schema).append("\" differ from the entities of ")
            .append(packageName).append(" in ").append(differences.size())
            .append(differences.size() == 1 ? " way:" : " ways:");
    differences.forEach(difference -> message.append("\n  ").append(difference));
    return message.toString();
  }
}
