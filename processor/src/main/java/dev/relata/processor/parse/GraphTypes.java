package dev.relata.processor.parse;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The shapes a graph component's type takes: {@code List<T>}, {@code Optional<T>}, {@code long}, or {@code T}. */
final class GraphTypes {

  /** What holds the rows of a component. */
  enum Container {
    LIST,
    OPTIONAL,
    LONG,
    PLAIN
  }

  /**
   * A component's type, taken apart.
   *
   * @param container what holds the rows
   * @param element the {@code T} of {@code List<T>} or {@code Optional<T>}, else the type itself
   */
  record Shape(Container container, TypeMirror element) {}

  private GraphTypes() {}

  static Shape of(TypeMirror type) {
    if (type.getKind() == TypeKind.LONG) {
      return new Shape(Container.LONG, type);
    }
    for (Container container : List.of(Container.LIST, Container.OPTIONAL)) {
      Optional<TypeMirror> element = argumentOf(type, container == Container.LIST ? "java.util.List" : "java.util.Optional");
      if (element.isPresent()) {
        return new Shape(container, element.get());
      }
    }
    return new Shape(Container.PLAIN, type);
  }

  /** The one type argument of {@code type} where it is the class {@code qualifiedName}. */
  private static Optional<TypeMirror> argumentOf(TypeMirror type, String qualifiedName) {
    if (type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(qualifiedName)) {
      return Optional.of(declared.getTypeArguments().get(0));
    }
    return Optional.empty();
  }

  /** {@code T} and {@code L} of {@code dev.relata.Linked<T, L>}; empty for any other type. */
  static Optional<List<? extends TypeMirror>> linkedArguments(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 2
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals("dev.relata.Linked")) {
      return Optional.of(declared.getTypeArguments());
    }
    return Optional.empty();
  }

  /** Whether {@code type} is the class {@code element}, without type arguments. */
  static boolean isClass(TypeMirror type, TypeElement element) {
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().isEmpty()
        && declared.asElement() instanceof TypeElement found
        && found.getQualifiedName().contentEquals(element.getQualifiedName());
  }

  /** {@code type} and, where it is generic ({@code Set<Post>}), its type arguments: what a fix may keep. */
  static List<TypeMirror> withArguments(TypeMirror type) {
    if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      List<TypeMirror> all = new java.util.ArrayList<>();
      all.add(type);
      all.addAll(declared.getTypeArguments());
      return all;
    }
    return List.of(type);
  }
}
