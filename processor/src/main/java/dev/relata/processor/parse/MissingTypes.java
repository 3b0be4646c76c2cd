package dev.relata.processor.parse;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Finds a type an entity or a graph mentions that javac cannot resolve yet: a component type or
 * an association's class made by another annotation processor later in the build, or misspelt.
 */
public final class MissingTypes {

  /** What javac gives for a class literal it could not resolve. */
  private static final String ERROR = "<error>";

  private MissingTypes() {}

  /**
   * A type that is not there, and where it is written.
   *
   * @param element the component, or the record whose annotation names the type
   * @param annotation the annotation naming it, else {@code null}
   * @param value the annotation's value naming it, else {@code null}
   * @param type the type as written
   */
  public record Missing(Element element, AnnotationMirror annotation, AnnotationValue value, String type) {}

  /** The first unresolved type, if there is one. */
  public static Optional<Missing> find(TypeElement record) {
    for (RecordComponentElement component : record.getRecordComponents()) {
      if (isMissing(component.asType())) {
        return Optional.of(new Missing(component, null, null, component.asType().toString()));
      }
    }
    for (AnnotationMirror mirror : record.getAnnotationMirrors()) {
      for (AnnotationValue value : mirror.getElementValues().values()) {
        Optional<String> missing = value.accept(CLASS_VALUES, null);
        if (missing.isPresent()) {
          String type =
              missing.get().equals(ERROR)
                  ? "a class named in @" + mirror.getAnnotationType().asElement().getSimpleName()
                  : missing.get();
          return Optional.of(new Missing(record, mirror, value, type));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first unresolved type of the {@code @Graph} record {@code graph} or of a graph it holds, at
   * any depth: a graph is parsed with the graphs it holds, so it waits for their types as for its
   * own, and where one is never there, javac's error on it is the only one.
   */
  public static Optional<Missing> inGraph(TypeElement graph) {
    return inGraph(graph, new HashSet<>());
  }

  private static Optional<Missing> inGraph(TypeElement graph, Set<String> seen) {
    if (!seen.add(graph.getQualifiedName().toString())) {
      return Optional.empty(); // a graph that holds itself: the parser reports the cycle
    }
    Optional<Missing> missing = find(graph);
    if (missing.isPresent()) {
      return missing;
    }
    for (RecordComponentElement component : graph.getRecordComponents()) {
      Optional<Missing> held =
          Annotations.typeElement(GraphTypes.of(component.asType()).element())
              .filter(GraphParser::isGraph)
              .flatMap(nested -> inGraph(nested, seen));
      if (held.isPresent()) {
        return held;
      }
    }
    return Optional.empty();
  }

  /** Whether a component's type is unresolved: the record cannot be parsed without it. */
  public static boolean inComponents(TypeElement record) {
    return record.getRecordComponents().stream().anyMatch(component -> isMissing(component.asType()));
  }

  private static boolean isMissing(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }

  /** Looks into class values, arrays of values and nested annotations (the containers of repeated ones). */
  private static final SimpleAnnotationValueVisitor14<Optional<String>, Void> CLASS_VALUES =
      new SimpleAnnotationValueVisitor14<>(Optional.empty()) {
        @Override
        public Optional<String> visitType(TypeMirror type, Void unused) {
          return isMissing(type) ? Optional.of(type.toString()) : Optional.empty();
        }

        @Override
        public Optional<String> visitString(String s, Void unused) {
          // javac gives "<error>" for a class literal it could not resolve.
          return s.equals(ERROR) ? Optional.of(s) : Optional.empty();
        }

        @Override
        public Optional<String> visitArray(java.util.List<? extends AnnotationValue> values, Void unused) {
          for (AnnotationValue value : values) {
            Optional<String> missing = value.accept(this, null);
            if (missing.isPresent()) {
              return missing;
            }
          }
          return Optional.empty();
        }

        @Override
        public Optional<String> visitAnnotation(AnnotationMirror annotation, Void unused) {
          for (AnnotationValue value : annotation.getElementValues().values()) {
            Optional<String> missing = value.accept(this, null);
            if (missing.isPresent()) {
              return missing;
            }
          }
          return Optional.empty();
        }
      };
}
