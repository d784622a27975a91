package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.ReturnKind;
import dev.jarvis.telemetry.processor.model.ValueKind;
import dev.jarvis.telemetry.processor.model.ValueModel;
import java.util.Locale;
import java.util.Set;

/** Checks that a method's value parameter and return type fit its metric type. */
final class ShapeRules {

  void check(MetricModel metric, Report report) {
    String type = metric.type().name().toLowerCase(Locale.ROOT);
    if (metric.returnKind() == ReturnKind.TIMED_OPERATION
        || metric.returnKind() == ReturnKind.SPAN_SCOPE) {
      // The span rules judge the method: its value is the duration the handle measures.
      return;
    }
    for (int i = 1; i < metric.values().size(); i++) {
      ValueModel extra = metric.values().get(i);
      report.on(extra.parameter(), Diagnostic.SECOND_VALUE, extra.parameter().getSimpleName());
    }
    checkReturn(metric, report);

    if (metric.value().isEmpty()) {
      boolean needsValue =
          metric.type() == MetricType.HISTOGRAM
              || (metric.type() == MetricType.GAUGE && metric.returnKind() != ReturnKind.IN_FLIGHT);
      if (needsValue) {
        report.on(
            metric.method(), Diagnostic.MISSING_VALUE, type, metric.name(), allowed(metric.type()));
      }
      return;
    }
    ValueModel value = metric.value().get();
    if (!accepted(metric.type()).contains(value.kind())) {
      report.on(
          value.parameter(),
          Diagnostic.UNSUPPORTED_VALUE_TYPE,
          value.parameter().getSimpleName(),
          type,
          metric.name(),
          value.parameter().asType(),
          allowed(metric.type()));
    }
    String stem = metric.name().replaceFirst("_total$", "");
    if (value.kind() == ValueKind.DURATION && !stem.endsWith("_seconds")) {
      String corrected = MetricNameRules.correctedStem(stem);
      report.on(
          value.parameter(),
          Diagnostic.DURATION_WITHOUT_SECONDS,
          metric.name(),
          (corrected.endsWith("_seconds") ? corrected : corrected + "_seconds")
              + (metric.type() == MetricType.COUNTER ? "_total" : ""));
    }
  }

  private static void checkReturn(MetricModel metric, Report report) {
    boolean inFlightAllowed = metric.type() == MetricType.GAUGE && metric.value().isEmpty();
    if (metric.returnKind() == ReturnKind.UNSUPPORTED
        || (metric.returnKind() == ReturnKind.IN_FLIGHT && !inFlightAllowed)) {
      report.on(
          metric.method(),
          Diagnostic.UNSUPPORTED_RETURN_TYPE,
          metric.method().getSimpleName(),
          metric.method().getReturnType(),
          "; only a gauge without @Value may return InFlight, to count work while it runs");
    }
  }

  private static Set<ValueKind> accepted(MetricType type) {
    return type == MetricType.GAUGE
        ? Set.of(ValueKind.INTEGRAL, ValueKind.FLOATING, ValueKind.DURATION, ValueKind.SUPPLIER)
        : Set.of(ValueKind.INTEGRAL, ValueKind.FLOATING, ValueKind.DURATION);
  }

  private static String allowed(MetricType type) {
    switch (type) {
      case COUNTER:
        return "int, long or double to add, or a Duration in seconds";
      case GAUGE:
        return "int, long or double to set, a Duration in seconds, or a DoubleSupplier read at"
            + " scrape time; or return InFlight instead";
      default:
        return "int, long or double to observe, or a Duration in seconds";
    }
  }
}
