package dev.relata.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as mirrors, by qualified name: the processor never loads the annotation
 * classes, so it works on entities from source and from class files alike.
 */
public final class Annotations {

  public static final String ENTITY = "dev.relata.Entity";
  public static final String ID = "dev.relata.Id";
  public static final String COLUMN = "dev.relata.Column";
  public static final String GRAPH = "dev.relata.Graph";
  public static final String ORDER_BY = "dev.relata.OrderBy";
  public static final String LIMIT = "dev.relata.Limit";
  public static final String CREATED_AT = "dev.relata.CreatedAt";
  public static final String UPDATED_AT = "dev.relata.UpdatedAt";
  public static final String VERSION = "dev.relata.Version";

  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The compiler's element utilities. */
  Elements elements() {
    return elements;
  }

  /** The annotation named {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Every {@code qualifiedName} annotation on {@code element}, repeated ones unpacked from their container. */
  public static List<AnnotationMirror> findAll(Element element, String qualifiedName, String container) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.equals(qualifiedName)) {
        found.add(mirror);
      } else if (name.equals(container)) {
        explicitValue(mirror, "value")
            .ifPresent(
                value -> {
                  for (Object item : (List<?>) value.getValue()) {
                    found.add((AnnotationMirror) ((AnnotationValue) item).getValue());
                  }
                });
      }
    }
    return found;
  }

  private static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The value written for {@code member}, empty where the default applies. */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The component {@code name} of the record named {@code recordName}, if both exist. */
  public Optional<RecordComponentElement> component(String recordName, String name) {
    TypeElement record = elements.getTypeElement(recordName);
    if (record == null) {
      return Optional.empty();
    }
    return record.getRecordComponents().stream().filter(c -> c.getSimpleName().contentEquals(name)).findFirst()
        .map(RecordComponentElement.class::cast);
  }

  /** The value of {@code member}, written or default. */
  public AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  /** A {@code String} member, written or default. */
  public String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  /**
   * The class a {@code Class<?>} member names; empty where it names none javac could resolve (a
   * misspelt name, which javac reports itself) or a type that is not a class.
   */
  public Optional<TypeElement> classElement(AnnotationMirror mirror, String member) {
    return value(mirror, member).getValue() instanceof TypeMirror type ? typeElement(type) : Optional.empty();
  }

  /** Whether a {@code Class<?>} member names a class javac could not resolve: javac reports that itself. */
  public boolean unresolved(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return !(value instanceof TypeMirror type) || type.getKind() == javax.lang.model.type.TypeKind.ERROR;
  }

  /** An enum member's constant name. */
  public String enumConstant(AnnotationMirror mirror, String member) {
    return ((Element) value(mirror, member).getValue()).getSimpleName().toString();
  }

  /** The element of a declared type, else empty (an error type, a primitive). */
  public static Optional<TypeElement> typeElement(TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      return Optional.of(element);
    }
    return Optional.empty();
  }
}
