package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.Severity;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Alert} of a subsystem interface, as declared.
 *
 * @param subsystemInterface the interface it is declared on
 * @param annotation the {@code @Alert} annotation, for placing diagnostics
 * @param name the alert name
 * @param expr the PromQL expression
 * @param forDuration how long the expression must hold, as written
 * @param severity the severity label
 * @param summary the summary annotation
 * @param runbookUrl the runbook URL; empty when none was declared
 */
public record AlertModel(
    TypeElement subsystemInterface,
    AnnotationMirror annotation,
    String name,
    String expr,
    String forDuration,
    Severity severity,
    String summary,
    String runbookUrl) {

  /** The annotation value of an element of {@code @Alert}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }
}
