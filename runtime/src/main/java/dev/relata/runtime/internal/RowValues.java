package dev.relata.runtime.internal;

import org.jooq.Field;

/**
 * The values of one row of an entity's table, as the reader that the processor writes into
 * {@code XTable.ENTITY} asks for them: {@code row -> new User(row.get(USER_TABLE.ID),
 * row.get(USER_TABLE.NAME))}. Behind it is either a jOOQ {@link org.jooq.Record} or, for reads,
 * the JDBC result set itself, so that no {@code Record} is built just to be taken apart.
 */
public interface RowValues {

  /** The value of {@code column} in this row, {@code null} for SQL {@code NULL}. */
  <T> T get(Field<T> column);
}
