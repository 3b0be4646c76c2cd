package dev.relata.processor.parse;

import dev.relata.processor.Message;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reports diagnostics on the most precise position it is given (an annotation member's value,
 * else the annotation, else the element) and counts the errors, so callers can tell whether a
 * step failed.
 */
public final class Diagnostics {

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports {@code message} on {@code element}. */
  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /** Reports {@code message} on {@code value} of {@code annotation} of {@code element}, where given. */
  public void report(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    if (annotation == null) {
      messager.printMessage(message.kind(), text, element);
    } else if (value == null) {
      messager.printMessage(message.kind(), text, element, annotation);
    } else {
      messager.printMessage(message.kind(), text, element, annotation, value);
    }
  }

  /** The number of errors reported so far. */
  public int errorCount() {
    return errors;
  }
}
