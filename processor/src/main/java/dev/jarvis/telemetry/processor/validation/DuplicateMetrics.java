package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.MetricModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Remembers every metric name of the compilation, across interfaces and rounds, and reports each
 * declaration of a name that is declared more than once. A method inherited by several interfaces
 * is one declaration.
 */
public final class DuplicateMetrics {
  private final Map<String, MetricModel> first = new HashMap<>();
  private final Set<ExecutableElement> reported = new HashSet<>();

  void check(MetricModel metric, Report report) {
    MetricModel earlier = first.putIfAbsent(metric.name(), metric);
    if (earlier == null || earlier.method().equals(metric.method())) {
      return;
    }
    if (reported.add(earlier.method())) {
      reportOn(earlier, metric, report);
    }
    reportOn(metric, earlier, report);
  }

  private static void reportOn(MetricModel duplicate, MetricModel other, Report report) {
    report.on(
        duplicate.method(),
        duplicate.annotation(),
        duplicate.annotationValue("name"),
        Diagnostic.DUPLICATE_METRIC,
        duplicate.name(),
        "also on " + where(other.method()));
  }

  private static String where(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName()
        + "."
        + method.getSimpleName();
  }
}
