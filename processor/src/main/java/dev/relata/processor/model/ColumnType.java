package dev.relata.processor.model;

/**
 * The PostgreSQL type of a column, with the jOOQ {@code SQLDataType} constant that binds it. An
 * {@code enum} component is {@link #ENUM}: text holding the constant's name.
 */
public enum ColumnType {
  BIGINT("bigint", "BIGINT"),
  INTEGER("integer", "INTEGER"),
  SMALLINT("smallint", "SMALLINT"),
  TEXT("text", "VARCHAR"),
  BOOLEAN("boolean", "BOOLEAN"),
  DOUBLE("double precision", "DOUBLE"),
  REAL("real", "REAL"),
  NUMERIC("numeric", "NUMERIC"),
  UUID("uuid", "UUID"),
  DATE("date", "LOCALDATE"),
  TIMESTAMP("timestamp", "LOCALDATETIME"),
  TIMESTAMPTZ("timestamptz", "OFFSETDATETIME"),
  INSTANT("timestamptz", "INSTANT"),
  BYTEA("bytea", "BLOB"),
  ENUM("text", "VARCHAR");

  private final String sql;
  private final String jooqConstant;

  ColumnType(String sql, String jooqConstant) {
    this.sql = sql;
    this.jooqConstant = jooqConstant;
  }

  /** The type in PostgreSQL's DDL, e.g. {@code double precision}. */
  public String sql() {
    return sql;
  }

  /** The name of the {@code org.jooq.impl.SQLDataType} constant, e.g. {@code DOUBLE}. */
  public String jooqConstant() {
    return jooqConstant;
  }
}
