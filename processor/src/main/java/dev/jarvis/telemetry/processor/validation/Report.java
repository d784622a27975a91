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
  private final ContainedAnnotationTrees containedAnnotations;
  private boolean hasErrors;

  public Report(Messager messager, ContainedAnnotationTrees containedAnnotations) {
    this.messager = messager;
    this.containedAnnotations = containedAnnotations;
  }

  /** Prints on an element. */
  public void on(Element element, Diagnostic diagnostic, Object... arguments) {
    on(element, null, null, diagnostic, arguments);
  }

  /**
   * Prints on an annotation value of an element when both are given, else on the annotation, else
   * on the element. A repeated annotation, which javac keeps in a container, is found in the
   * source, since the {@code Messager} cannot place a message on it.
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
    String message = diagnostic.message(arguments);
    if (annotation == null
        || !containedAnnotations.print(diagnostic.kind(), message, element, annotation, value)) {
      messager.printMessage(diagnostic.kind(), message, element, annotation, value);
    }
  }

  /** Whether an error was printed since this report was made. */
  public boolean hasErrors() {
    return hasErrors;
  }
}
