package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.MetricType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @JarvisMetric} method, as declared.
 *
 * @param method the interface method
 * @param annotation the {@code @JarvisMetric} annotation, for placing diagnostics
 * @param name the metric name
 * @param type the metric type
 * @param help the help text
 * @param buckets the declared histogram buckets, empty when none were declared
 * @param nonPositiveBuckets whether bounds may be zero or negative
 * @param labels the labels in parameter order
 * @param values every {@code @Value} parameter; a valid method has at most one
 * @param returnKind what the method returns
 * @param slos the {@code @Slo} annotations of the method, in declaration order
 */
public record MetricModel(
    ExecutableElement method,
    AnnotationMirror annotation,
    String name,
    MetricType type,
    String help,
    List<Double> buckets,
    boolean nonPositiveBuckets,
    List<LabelModel> labels,
    List<ValueModel> values,
    ReturnKind returnKind,
    List<SloModel> slos) {

  /** The buckets of a histogram declared without any: 5 milliseconds to 10 seconds. */
  public static final List<Double> DEFAULT_SECONDS_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0);

  /** The bucket bounds a histogram is recorded with: those declared, else the defaults. */
  public List<Double> bucketBounds() {
    return buckets.isEmpty() ? DEFAULT_SECONDS_BUCKETS : buckets;
  }

  /** The measured value, when the method has one. */
  public Optional<ValueModel> value() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The parameters in declaration order. */
  public List<? extends VariableElement> parameters() {
    return method.getParameters();
  }

  /** The annotation value of an element of {@code @JarvisMetric}, or null when left default. */
  public AnnotationValue annotationValue(String element) {
    return AnnotationValues.written(annotation, element);
  }

  /** Whether this gauge is read from a callback at scrape time. */
  public boolean isCallback() {
    return value().map(v -> v.kind() == ValueKind.SUPPLIER).orElse(false);
  }

  /** Whether every label has a closed value set. */
  public boolean hasOnlyClosedLabels() {
    return labels.stream().allMatch(label -> label.kind().isClosed());
  }
}
