package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.promql.PromDuration;
import dev.jarvis.telemetry.processor.promql.PromQlNumbers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the SLOs of a metric: name, objective and window, and that the way bad events are told
 * fits the metric's type, by label on a counter and by a bucket bound on a histogram.
 */
final class SloRules {
  private final ErrorSelectorRules selectorRules = new ErrorSelectorRules();
  private final BurnRateRules burnRateRules = new BurnRateRules();

  void check(MetricModel metric, Report report) {
    for (SloModel slo : metric.slos()) {
      checkName(slo, report);
      checkObjective(slo, report);
      Optional<Duration> window = PromDuration.parse(slo.window()).filter(w -> !w.isZero());
      if (window.isEmpty()) {
        at(
            slo,
            "window",
            report,
            Diagnostic.INVALID_SLO_DURATION,
            "window",
            slo.window(),
            slo.name());
      }
      checkIndicator(metric, slo, report);
      burnRateRules.check(slo, window, report);
    }
  }

  private static void checkName(SloModel slo, Report report) {
    if (!MetricNameRules.SNAKE_CASE.matcher(slo.name()).matches()) {
      at(
          slo,
          "name",
          report,
          Diagnostic.SLO_NAME_NOT_SNAKE_CASE,
          slo.name(),
          MetricNameRules.toSnakeCase(slo.name(), "slo_name"));
    }
  }

  private static void checkObjective(SloModel slo, Report report) {
    double objective = slo.objective();
    if (objective > 0 && objective < 1) {
      return;
    }
    // 99.9 is the percentage the roadmap writes; its fraction is the likely intent.
    String suggestion =
        objective > 1 && objective < 100
            ? PromQlNumbers.format(BigDecimal.valueOf(objective).movePointLeft(2))
            : "a fraction such as 0.999";
    at(
        slo,
        "objective",
        report,
        Diagnostic.OBJECTIVE_OUT_OF_RANGE,
        PromQlNumbers.format(objective),
        slo.name(),
        suggestion);
  }

  private void checkIndicator(MetricModel metric, SloModel slo, Report report) {
    boolean hasErrors = !slo.errors().isBlank();
    boolean hasThreshold = slo.latencyThreshold().isPresent();
    if (metric.type() == MetricType.GAUGE) {
      at(slo, null, report, Diagnostic.SLO_ON_GAUGE, slo.name(), metric.name());
    } else if (metric.type() == MetricType.COUNTER) {
      if (hasThreshold) {
        at(
            slo,
            "latencyThreshold",
            report,
            Diagnostic.SLI_OF_OTHER_TYPE,
            slo.name(),
            "latencyThreshold",
            "histograms",
            "counter",
            metric.name(),
            "its errors selector",
            "latencyThreshold");
      }
      if (hasErrors) {
        selectorRules.check(metric, slo, report);
      } else {
        at(
            slo,
            null,
            report,
            Diagnostic.MISSING_SLI,
            slo.name(),
            "counter",
            metric.name(),
            "errors to the label matchers of the bad events, such as errors ="
                + " \"status_code=~\\\"5..\\\"\"");
      }
    } else {
      if (hasErrors) {
        at(
            slo,
            "errors",
            report,
            Diagnostic.SLI_OF_OTHER_TYPE,
            slo.name(),
            "errors",
            "counters",
            "histogram",
            metric.name(),
            "its latency threshold",
            "errors");
      }
      if (hasThreshold) {
        checkThreshold(metric, slo, slo.latencyThreshold().getAsDouble(), report);
      } else {
        at(
            slo,
            null,
            report,
            Diagnostic.MISSING_SLI,
            slo.name(),
            "histogram",
            metric.name(),
            "latencyThreshold to one of its bucket bounds (" + bounds(metric.bucketBounds()) + ")");
      }
    }
  }

  private static void checkThreshold(
      MetricModel metric, SloModel slo, double threshold, Report report) {
    // Without buckets and not in seconds, B004 has already asked for buckets.
    boolean knownBuckets = !metric.buckets().isEmpty() || metric.name().endsWith("_seconds");
    List<Double> bounds = metric.bucketBounds();
    if (!knownBuckets || bounds.contains(threshold)) {
      return;
    }
    double nearest =
        bounds.stream()
            .filter(Double::isFinite)
            .min(Comparator.comparingDouble(bound -> Math.abs(bound - threshold)))
            .orElse(threshold);
    at(
        slo,
        "latencyThreshold",
        report,
        Diagnostic.THRESHOLD_NOT_A_BUCKET,
        PromQlNumbers.format(threshold),
        slo.name(),
        metric.name(),
        bounds(bounds),
        PromQlNumbers.format(nearest),
        PromQlNumbers.format(threshold));
  }

  private static String bounds(List<Double> bounds) {
    return bounds.stream().map(PromQlNumbers::format).collect(Collectors.joining(", "));
  }

  /** Reports on a value of the {@code @Slo}, or on the annotation when the element is null. */
  static void at(
      SloModel slo, String element, Report report, Diagnostic diagnostic, Object... arguments) {
    report.on(
        slo.method(),
        slo.annotation(),
        element == null ? null : slo.annotationValue(element),
        diagnostic,
        arguments);
  }
}
