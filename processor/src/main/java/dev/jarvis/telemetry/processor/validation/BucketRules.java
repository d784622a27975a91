package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.MetricModel;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/** Checks histogram buckets: finite, strictly increasing, positive unless allowed otherwise. */
final class BucketRules {

  void check(MetricModel metric, Report report) {
    AnnotationValue bucketsValue = metric.annotationValue("buckets");
    List<Double> buckets = metric.buckets();
    if (metric.type() != MetricType.HISTOGRAM) {
      if (!buckets.isEmpty()) {
        report.on(
            metric.method(),
            metric.annotation(),
            bucketsValue,
            Diagnostic.BUCKETS_ON_NON_HISTOGRAM,
            metric.type().name().toLowerCase(java.util.Locale.ROOT),
            metric.name());
      }
      return;
    }
    if (buckets.isEmpty()) {
      if (!metric.name().endsWith("_seconds")) {
        report.on(
            metric.method(), metric.annotation(), null, Diagnostic.MISSING_BUCKETS, metric.name());
      }
      return;
    }
    for (int i = 0; i < buckets.size(); i++) {
      double bound = buckets.get(i);
      AnnotationValue boundValue = element(bucketsValue, i);
      if (!Double.isFinite(bound)) {
        report.on(
            metric.method(),
            metric.annotation(),
            boundValue,
            Diagnostic.NON_FINITE_BUCKET,
            bound,
            metric.name());
        continue;
      }
      if (bound <= 0 && !metric.nonPositiveBuckets()) {
        report.on(
            metric.method(),
            metric.annotation(),
            boundValue,
            Diagnostic.NON_POSITIVE_BUCKET,
            bound,
            metric.name());
      }
      double previous = i > 0 ? buckets.get(i - 1) : Double.NEGATIVE_INFINITY;
      if (i > 0 && Double.isFinite(previous) && !(bound > previous)) {
        report.on(
            metric.method(),
            metric.annotation(),
            boundValue,
            Diagnostic.BUCKETS_NOT_INCREASING,
            metric.name(),
            bound,
            previous);
      }
    }
  }

  /** The annotation value of one bound, so that the error points at it. */
  private static AnnotationValue element(AnnotationValue array, int index) {
    if (array != null && array.getValue() instanceof List<?> values && index < values.size()) {
      return (AnnotationValue) values.get(index);
    }
    return array;
  }
}
