package dev.relata.processor.model;

import dev.relata.runtime.internal.StoredType;

/**
 * The type of a column: one constant for each of the runtime's {@link StoredType}, which holds
 * its PostgreSQL type, jOOQ data type and the rest (ColumnTypeTest holds the two lists equal).
 */
public enum ColumnType {
  BIGINT, INTEGER, SMALLINT, TEXT, BOOLEAN, DOUBLE, REAL, NUMERIC, UUID, DATE, TIMESTAMP, TIMESTAMPTZ, INSTANT, BYTEA,
  /** An {@code enum} component: text holding the constant's name. */
  ENUM;

  /** The runtime's row of the type table. */
  public StoredType stored() {
    return StoredType.valueOf(name());
  }

  /** The type in PostgreSQL's DDL, e.g. {@code double precision}. */
  public String sql() {
    return stored().ddl();
  }

  /** The name of the {@code org.jooq.impl.SQLDataType} constant, e.g. {@code DOUBLE}. */
  public String jooqConstant() {
    return stored().sqlDataType();
  }
}
