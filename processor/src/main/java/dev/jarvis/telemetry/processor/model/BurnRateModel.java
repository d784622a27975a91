package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.Severity;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One declared {@code @BurnRate} of an SLO, as written.
 *
 * @param annotation the {@code @BurnRate} annotation, for placing diagnostics
 * @param factor the burn rate
 * @param budget the fraction of the error budget spent in the long window
 * @param longWindow the long window, as written
 * @param shortWindow the short window, as written
 * @param severity the severity label
 */
public record BurnRateModel(
    AnnotationMirror annotation,
    double factor,
    double budget,
    String longWindow,
    String shortWindow,
    Severity severity) {

  /** The annotation value of an element of {@code @BurnRate}. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }
}
