package dev.jarvis.telemetry.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One {@code @Query} of a panel, as declared.
 *
 * @param annotation the {@code @Query} annotation, for placing diagnostics; null for a generated
 *     query
 * @param expr the PromQL expression
 * @param legend the legend template; empty for Grafana's default
 */
public record QueryModel(AnnotationMirror annotation, String expr, String legend) {

  /** The annotation value of an element of {@code @Query}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return annotation == null ? null : AnnotationValues.written(annotation, element);
  }
}
