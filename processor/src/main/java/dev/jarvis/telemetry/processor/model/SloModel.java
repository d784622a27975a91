package dev.jarvis.telemetry.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Slo} of a metric method, as declared.
 *
 * @param method the metric method
 * @param annotation the {@code @Slo} annotation, for placing diagnostics
 * @param name the SLO's identifier
 * @param objective the fraction of events that must be good
 * @param window the period, as written
 * @param errors the label matchers of the bad events, as written; empty when none were declared
 * @param latencyThreshold the latency threshold, when one was declared
 * @param burnRates the declared burn-rate alerts; empty for the workbook's defaults
 */
public record SloModel(
    ExecutableElement method,
    AnnotationMirror annotation,
    String name,
    double objective,
    String window,
    String errors,
    OptionalDouble latencyThreshold,
    List<BurnRateModel> burnRates) {

  /** The annotation value of an element of {@code @Slo}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }

  /** The window and alerts the rules are written for; empty while a duration does not parse. */
  public Optional<BurnRatePlan> plan() {
    return BurnRatePlan.of(this);
  }
}
