package dev.relata.processor.parse;

import dev.relata.processor.model.ColumnType;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Which PostgreSQL type a component's Java type is stored as (docs/entities.md, "Column types"). */
final class ColumnTypes {

  private static final Map<TypeKind, ColumnType> PRIMITIVES =
      Map.of(
          TypeKind.LONG, ColumnType.BIGINT,
          TypeKind.INT, ColumnType.INTEGER,
          TypeKind.SHORT, ColumnType.SMALLINT,
          TypeKind.BOOLEAN, ColumnType.BOOLEAN,
          TypeKind.DOUBLE, ColumnType.DOUBLE,
          TypeKind.FLOAT, ColumnType.REAL);

  private static final Map<String, ColumnType> CLASSES =
      Map.ofEntries(
          Map.entry("java.lang.Long", ColumnType.BIGINT),
          Map.entry("java.lang.Integer", ColumnType.INTEGER),
          Map.entry("java.lang.Short", ColumnType.SMALLINT),
          Map.entry("java.lang.String", ColumnType.TEXT),
          Map.entry("java.lang.Boolean", ColumnType.BOOLEAN),
          Map.entry("java.lang.Double", ColumnType.DOUBLE),
          Map.entry("java.lang.Float", ColumnType.REAL),
          Map.entry("java.math.BigDecimal", ColumnType.NUMERIC),
          Map.entry("java.util.UUID", ColumnType.UUID),
          Map.entry("java.time.LocalDate", ColumnType.DATE),
          Map.entry("java.time.LocalDateTime", ColumnType.TIMESTAMP),
          Map.entry("java.time.OffsetDateTime", ColumnType.TIMESTAMPTZ),
          Map.entry("java.time.Instant", ColumnType.INSTANT));

  /** The supported types, as the unsupported-type message lists them. */
  static final String SUPPORTED =
      "long/Long, int/Integer, short/Short, String, boolean/Boolean, double/Double, float/Float,"
          + " BigDecimal, UUID, LocalDate, LocalDateTime, OffsetDateTime, Instant, byte[], any enum";

  private ColumnTypes() {}

  static Optional<ColumnType> of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
    }
    if (type instanceof ArrayType array) {
      return array.getComponentType().getKind() == TypeKind.BYTE ? Optional.of(ColumnType.BYTEA) : Optional.empty();
    }
    if (type instanceof DeclaredType declared) {
      if (declared.asElement().getKind() == ElementKind.ENUM) {
        return Optional.of(ColumnType.ENUM);
      }
      String name = ((javax.lang.model.element.TypeElement) declared.asElement()).getQualifiedName().toString();
      return Optional.ofNullable(CLASSES.get(name));
    }
    return Optional.empty();
  }
}
