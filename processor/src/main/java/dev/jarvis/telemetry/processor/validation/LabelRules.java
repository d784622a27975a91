package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.LabelKind;
import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.TypeKind;

/**
 * Checks the labels of a metric: their names, their types, and how many series they can make
 * together.
 */
final class LabelRules {
  static final int MAX_LABELS = 10;
  static final int SERIES_WARNING_THRESHOLD = 100;

  void check(MetricModel metric, Report report) {
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < metric.labels().size(); index++) {
      LabelModel label = metric.labels().get(index);
      checkName(label, report);
      if (!seen.add(label.name())) {
        at(label, report, Diagnostic.DUPLICATE_LABEL, label.name(), metric.name());
      }
      if (index == MAX_LABELS) {
        report.on(
            label.parameter(),
            Diagnostic.TOO_MANY_LABELS,
            metric.name(),
            metric.labels().size(),
            MAX_LABELS);
      }
      checkType(label, report);
    }
    checkSeriesBound(metric, report);
  }

  private static void checkName(LabelModel label, Report report) {
    String name = label.name();
    if (name.startsWith("__") || name.equals("le") || name.equals("quantile")) {
      at(label, report, Diagnostic.RESERVED_LABEL, name);
    } else if (!MetricNameRules.SNAKE_CASE.matcher(name).matches()) {
      at(
          label,
          report,
          Diagnostic.LABEL_NOT_SNAKE_CASE,
          name,
          MetricNameRules.toSnakeCase(name, "label_name"));
    }
  }

  private static void checkType(LabelModel label, Report report) {
    if (label.kind() == LabelKind.UNSUPPORTED) {
      TypeKind kind = label.parameter().asType().getKind();
      boolean looksMeasured =
          kind == TypeKind.LONG
              || kind == TypeKind.DOUBLE
              || kind == TypeKind.FLOAT
              || label.parameter().asType().toString().equals("java.time.Duration");
      report.on(
          label.parameter(),
          Diagnostic.UNSUPPORTED_LABEL_TYPE,
          label.parameter().getSimpleName(),
          label.parameter().asType(),
          looksMeasured ? "; if it is the measured value, mark it @Value" : "");
    }
    for (String problem : label.valueProblems()) {
      report.on(
          label.parameter(),
          Diagnostic.BAD_LABEL_VALUE,
          label.enumType().getQualifiedName(),
          label.name(),
          problem);
    }
  }

  private static void checkSeriesBound(MetricModel metric, Report report) {
    long combinations = 1;
    List<String> factors = new ArrayList<>();
    for (LabelModel label : metric.labels()) {
      if (label.kind().isClosed()) {
        combinations *= Math.max(1, label.values().size());
        factors.add(label.name() + " " + label.values().size());
      }
    }
    if (combinations > SERIES_WARNING_THRESHOLD) {
      report.on(
          metric.method(),
          Diagnostic.MANY_SERIES,
          metric.name(),
          combinations,
          String.join(" x ", factors),
          SERIES_WARNING_THRESHOLD);
    }
  }

  private static void at(LabelModel label, Report report, Diagnostic diagnostic, Object... args) {
    report.on(label.parameter(), label.nameAnnotation(), label.nameValue(), diagnostic, args);
  }
}
