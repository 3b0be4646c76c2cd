package dev.relata.runtime.internal;

import java.sql.ResultSet;
import java.util.List;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * The Java types an entity's component may have, each with everything Relata does with it: the
 * PostgreSQL type of its column, the jOOQ {@code SQLDataType} that binds it, the element type of
 * the array that carries many of its values in one parameter ({@link SqlArray}), and how a value
 * is read from a {@code ResultSet} without jOOQ ({@link ColumnReader}). The processor's type
 * check, {@code RELATA-005}'s list of supported types, the DDL and the type table of {@code
 * docs/entities.md} all come from here. Called by the processor and the runtime only.
 */
public enum StoredType {
  BIGINT(List.of("long", "java.lang.Long"), "bigint", "BIGINT", "int8", (rows, i) -> orNull(rows, rows.getLong(i))),
  INTEGER(List.of("int", "java.lang.Integer"), "integer", "INTEGER", "int4", (rows, i) -> orNull(rows, rows.getInt(i))),
  SMALLINT(List.of("short", "java.lang.Short"), "smallint", "SMALLINT", "int2", (rows, i) -> orNull(rows, rows.getShort(i))),
  TEXT(List.of("java.lang.String"), "text", "VARCHAR", "text", ResultSet::getString),
  BOOLEAN(List.of("boolean", "java.lang.Boolean"), "boolean", "BOOLEAN", "bool", (rows, i) -> orNull(rows, rows.getBoolean(i))),
  DOUBLE(List.of("double", "java.lang.Double"), "double precision", "DOUBLE", "float8", (rows, i) -> orNull(rows, rows.getDouble(i))),
  REAL(List.of("float", "java.lang.Float"), "real", "REAL", "float4", (rows, i) -> orNull(rows, rows.getFloat(i))),
  NUMERIC(List.of("java.math.BigDecimal"), "numeric", "NUMERIC", "numeric", ResultSet::getBigDecimal),
  UUID(List.of("java.util.UUID"), "uuid", "UUID", "uuid", (rows, i) -> rows.getObject(i, java.util.UUID.class)),
  // Date and time (ColumnReader's comment says why): a date and a timestamp through the same
  // getDate/getTimestamp calls as jOOQ's binding; an Instant through the driver's OffsetDateTime,
  // whose instant is jOOQ's whatever the offset; an OffsetDateTime through jOOQ (no reader).
  DATE(List.of("java.time.LocalDate"), "date", "LOCALDATE", "date", (rows, i) -> localDate(rows.getDate(i))),
  TIMESTAMP(List.of("java.time.LocalDateTime"), "timestamp", "LOCALDATETIME", "timestamp", (rows, i) -> localDateTime(rows.getTimestamp(i))),
  TIMESTAMPTZ(List.of("java.time.OffsetDateTime"), "timestamptz", "OFFSETDATETIME", "timestamptz", null),
  INSTANT(List.of("java.time.Instant"), "timestamptz", "INSTANT", "timestamptz", (rows, i) -> instant(rows, i)),
  BYTEA(List.of("byte[]"), "bytea", "BLOB", "bytea", ResultSet::getBytes),
  /** Any {@code enum}: text holding the constant's name. */
  ENUM(List.of(), "text", "VARCHAR", "text", ResultSet::getString);

  private final List<String> javaTypes;
  private final String ddl;
  private final String sqlDataType;
  private final String arrayElement;
  private final ColumnReader reader;

  StoredType(List<String> javaTypes, String ddl, String sqlDataType, String arrayElement, ColumnReader reader) {
    this.javaTypes = javaTypes;
    this.ddl = ddl;
    this.sqlDataType = sqlDataType;
    this.arrayElement = arrayElement;
    this.reader = reader;
  }

  /** The Java types stored so, as the compiler names them: {@code long}, {@code java.lang.Long}; none for {@link #ENUM}. */
  public List<String> javaTypes() {
    return javaTypes;
  }

  /** The types as a reader says them: {@code long/Long}, {@code BigDecimal}, {@code any enum}. */
  public String shown() {
    if (this == ENUM) {
      return "any enum";
    }
    return String.join("/", javaTypes.stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).toList());
  }

  /** The column's type in PostgreSQL's DDL: {@code double precision}. */
  public String ddl() {
    return ddl;
  }

  /** The name of the {@code org.jooq.impl.SQLDataType} constant that binds it: {@code DOUBLE}. */
  public String sqlDataType() {
    return sqlDataType;
  }

  /** That {@code SQLDataType} constant. */
  public DataType<?> dataType() {
    try {
      return (DataType<?>) SQLDataType.class.getField(sqlDataType).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no SQLDataType." + sqlDataType, e);
    }
  }

  /** PostgreSQL's name of the element type of an array of it, as the array binding casts it: {@code int8}. */
  public String arrayElement() {
    return arrayElement;
  }

  /** How a value is read straight from JDBC, or {@code null} where it is read through jOOQ. */
  ColumnReader reader() {
    return reader;
  }

  /** The type that jOOQ binds as {@code javaClass} (a converter's database side), or {@code null}. */
  static StoredType boundAs(Class<?> javaClass) {
    for (StoredType type : values()) {
      if (type != ENUM && type.dataType().getType() == javaClass) {
        return type;
      }
    }
    return null;
  }

  private static java.time.LocalDate localDate(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static java.time.LocalDateTime localDateTime(java.sql.Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }

  /**
   * The instant of the driver's {@code OffsetDateTime}. PostgreSQL's {@code infinity} and {@code
   * -infinity}, which the driver gives as {@code OffsetDateTime.MAX} and {@code MIN}, are refused as
   * jOOQ's parser refuses their text.
   */
  private static java.time.Instant instant(ResultSet rows, int i) throws java.sql.SQLException {
    java.time.OffsetDateTime value = rows.getObject(i, java.time.OffsetDateTime.class);
    if (value == null) {
      return null;
    }
    if (value.equals(java.time.OffsetDateTime.MAX) || value.equals(java.time.OffsetDateTime.MIN)) {
      throw new java.time.DateTimeException("an infinite timestamptz has no Instant");
    }
    return value.toInstant();
  }

  /** {@code value}, or {@code null} when the column just read was SQL {@code NULL}. */
  private static Object orNull(ResultSet rows, Object value) throws java.sql.SQLException {
    return rows.wasNull() ? null : value;
  }
}
