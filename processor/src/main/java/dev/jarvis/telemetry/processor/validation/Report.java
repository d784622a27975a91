package dev.jarvis.telemetry.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Prints diagnostics on the most precise place available and remembers whether any error was
 * printed, so that a caller can skip generating code that would only add follow-on errors.
 */
public final class Report {
  private final Messager messager;
  private boolean hasErrors;

  public Report(Messager messager) {
    this.messager = messager;
  }

  /** Prints on an element. */
  public void on(Element element, Diagnostic diagnostic, Object... arguments) {
    on(element, null, null, diagnostic, arguments);
  }

  /**
   * Prints on an annotation value of an element when both are given, else on the annotation, else
   * on the element.
   */
  public void on(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Diagnostic diagnostic,
      Object... arguments) {
    if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      hasErrors = true;
    }
    messager.printMessage(
        diagnostic.kind(), diagnostic.message(arguments), element, annotation, value);
  }

  /** Whether an error was printed since this report was made. */
  public boolean hasErrors() {
    return hasErrors;
  }
}
