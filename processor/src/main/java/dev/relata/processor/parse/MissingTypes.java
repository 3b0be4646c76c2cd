package dev.relata.processor.parse;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Finds a type an entity mentions that javac cannot resolve yet: a component type or an
 * association's class made by another annotation processor later in the build.
 */
public final class MissingTypes {

  private MissingTypes() {}

  /** The first unresolved type, as written, if there is one. */
  public static Optional<String> find(TypeElement record) {
    for (RecordComponentElement component : record.getRecordComponents()) {
      if (isMissing(component.asType())) {
        return Optional.of(component.asType().toString());
      }
    }
    for (AnnotationMirror mirror : record.getAnnotationMirrors()) {
      for (AnnotationValue value : mirror.getElementValues().values()) {
        Optional<String> missing = value.accept(CLASS_VALUES, null);
        if (missing.isPresent()) {
          return missing;
        }
      }
    }
    return Optional.empty();
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
          return s.equals("<error>") ? Optional.of(s) : Optional.empty();
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
