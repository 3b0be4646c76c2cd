package dev.relata.processor.parse;

import dev.relata.processor.model.AssociationKind;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** The entities a record's associations name, by qualified name: what it must wait for, or fail with. */
public final class Dependencies {

  private Dependencies() {}

  /** The classes named by {@code value} and {@code through} of the record's association annotations. */
  public static Set<String> of(TypeElement record) {
    Set<String> names = new LinkedHashSet<>();
    for (AssociationKind kind : AssociationKind.values()) {
      for (AnnotationMirror mirror : Annotations.findAll(record, kind.annotation(), kind.container())) {
        for (String member : new String[] {"value", "through"}) {
          Annotations.explicitValue(mirror, member)
              .map(AnnotationValue::getValue)
              .filter(TypeMirror.class::isInstance)
              .flatMap(type -> Annotations.typeElement((TypeMirror) type))
              .ifPresent(type -> names.add(type.getQualifiedName().toString()));
        }
      }
    }
    return names;
  }
}
