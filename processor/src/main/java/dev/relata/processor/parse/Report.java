package dev.relata.processor.parse;

import dev.relata.processor.base.Message;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The problems of one subject (an entity's declaration, one association, one graph component),
 * as Dagger's {@code ValidationReport}: each printed where it is found, and the subject asked
 * afterwards whether it is valid, so that only what depends on it is left out.
 */
final class Report {

  private final Diagnostics diagnostics;
  private boolean clean = true;

  Report(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports {@code message} on {@code element}. */
  void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /** Reports {@code message} on {@code value} of {@code annotation} of {@code element}, where given. */
  void report(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    clean &= message.kind() != javax.tools.Diagnostic.Kind.ERROR;
    diagnostics.report(message, element, annotation, value, args);
  }

  /** Whether no error was reported: the subject is valid. */
  boolean isClean() {
    return clean;
  }
}
