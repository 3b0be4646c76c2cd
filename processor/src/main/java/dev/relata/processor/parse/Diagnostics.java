package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics on the most precise position it is given (an annotation member's value,
 * else the annotation, else the element). It finds the positions javac's messager alone would
 * miss: record components, and annotations repeated on one record. Whether a subject had errors,
 * its {@link Report} says.
 */
public final class Diagnostics {

  private final Messager messager;
  private final Optional<SourcePositions> positions;

  public Diagnostics(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.positions = positions(environment);
  }

  /** javac's tree API where it is there; a compiler without {@code jdk.compiler} fails to link it. */
  private static Optional<SourcePositions> positions(ProcessingEnvironment environment) {
    try {
      return SourcePositions.of(environment);
    } catch (LinkageError e) {
      return Optional.empty();
    }
  }

  /** Reports {@code message} on {@code element}. */
  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /** Reports {@code message} on {@code value} of {@code annotation} of {@code element}, where given. */
  public void report(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    String text = message.format(args);
    if (element instanceof RecordComponentElement component) {
      // javac has no source position for a record component (JDK 17), but has one for the
      // private field it declares at the same place, annotations and all.
      Element field = fieldOf(component);
      if (field != null) {
        AnnotationMirror fieldAnnotation = annotation == null ? null : sameAnnotation(field, annotation);
        AnnotationValue fieldValue = fieldAnnotation == null || value == null ? null : sameValue(annotation, value, fieldAnnotation);
        print(message.kind(), text, field, fieldAnnotation, fieldValue);
        return;
      }
    }
    print(message.kind(), text, element, annotation, value);
  }

  /** Reports an internal failure: the processor's fault, never the user's. */
  public void internalError(String subject, Throwable failure, Element element) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    print(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(subject, trace), element, null, null);
  }

  private void print(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (element != null && annotation != null && positions.isPresent()
        && positions.get().print(kind, text, element, annotation, value)) {
      return;
    }
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }

  private static Element fieldOf(RecordComponentElement component) {
    for (Element member : component.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
        return member;
      }
    }
    return null;
  }

  private static AnnotationMirror sameAnnotation(Element field, AnnotationMirror annotation) {
    for (AnnotationMirror candidate : field.getAnnotationMirrors()) {
      if (candidate.getAnnotationType().toString().equals(annotation.getAnnotationType().toString())) {
        return candidate;
      }
    }
    return null;
  }

  private static AnnotationValue sameValue(AnnotationMirror annotation, AnnotationValue value, AnnotationMirror other) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
      if (entry.getValue() == value) {
        return Annotations.explicitValue(other, entry.getKey().getSimpleName().toString()).orElse(null);
      }
    }
    return null;
  }
}
