package dev.relata.processor.parse;

import dev.relata.processor.model.ColumnType;
import dev.relata.runtime.internal.StoredType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Which PostgreSQL type a component's Java type is stored as: the runtime's {@link StoredType} table. */
final class ColumnTypes {

  /** Each type, by its name as the compiler writes it: {@code long}, {@code java.lang.Long}, {@code byte[]}. */
  private static final Map<String, ColumnType> BY_NAME =
      Arrays.stream(ColumnType.values())
          .flatMap(type -> type.stored().javaTypes().stream().map(name -> Map.entry(name, type)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** The supported types, as the unsupported-type message lists them. */
  static final String SUPPORTED =
      Arrays.stream(StoredType.values()).map(StoredType::shown).collect(Collectors.joining(", "));

  private ColumnTypes() {}

  static Optional<ColumnType> of(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      if (declared.asElement().getKind() == ElementKind.ENUM) {
        return Optional.of(ColumnType.ENUM);
      }
      return Optional.ofNullable(BY_NAME.get(((TypeElement) declared.asElement()).getQualifiedName().toString()));
    }
    if (type.getKind().isPrimitive()) { // by the kind's name, never spelt with a type annotation
      return Optional.ofNullable(BY_NAME.get(type.getKind().name().toLowerCase(Locale.ROOT)));
    }
    if (type instanceof ArrayType array && array.getComponentType().getKind().isPrimitive()) {
      return Optional.ofNullable(BY_NAME.get(array.getComponentType().getKind().name().toLowerCase(Locale.ROOT) + "[]"));
    }
    return Optional.empty();
  }
}
