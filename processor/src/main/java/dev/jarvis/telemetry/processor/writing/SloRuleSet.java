package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.annotations.MetricType;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.processor.model.BurnRateAlert;
import dev.jarvis.telemetry.processor.model.BurnRatePlan;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.model.SloRuleNames;
import dev.jarvis.telemetry.processor.promql.LabelMatcher;
import dev.jarvis.telemetry.processor.promql.LabelMatchers;
import dev.jarvis.telemetry.processor.promql.PromDuration;
import dev.jarvis.telemetry.processor.promql.PromQlNumbers;
import dev.jarvis.telemetry.processor.promql.PromQlStrings;
import dev.jarvis.telemetry.processor.promql.PromQlSyntaxException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Prometheus rules of one validated SLO, as PromQL, labels and annotations, which both the rule
 * file and its promtool test are written from. For {@code api_availability} on {@code
 * jarvis_api_requests_total} with {@code errors = "status_code=~\"5..\""} and objective 0.999:
 *
 * <pre>
 * slo:error_ratio:rate5m{slo="api_availability"} = (sum(rate(jarvis_api_requests_total{status_code=~"5.."}[5m])) or vector(0))
 *                                                   / sum(rate(jarvis_api_requests_total[5m]))
 * slo:error_budget_remaining:ratio{...}          = 1 - slo:error_ratio:rate30d{...} / 0.001
 * ApiAvailabilityErrorBudgetBurn                 : rate1h > (14.4 * 0.001) and rate5m > (14.4 * 0.001), ...
 * ApiAvailabilitySliAbsent                       : absent(jarvis_api_requests_total) for 10m
 * </pre>
 *
 * A latency SLO's error ratio is {@code 1 - rate(x_bucket{le="<threshold>"}) / rate(x_count)}, with
 * the bound written as client_java writes it ({@code 3.0}).
 */
final class SloRuleSet {
  /** How long the metric must be missing before the absent alert fires: a restart is not news. */
  static final Duration ABSENT_FOR = Duration.ofMinutes(10);

  private final MetricModel metric;
  private final SloModel slo;
  private final BurnRatePlan plan;
  private final BigDecimal errorBudget;

  SloRuleSet(MetricModel metric, SloModel slo) {
    this.metric = metric;
    this.slo = slo;
    this.plan = slo.plan().orElseThrow(() -> new IllegalStateException(slo.name() + " is invalid"));
    this.errorBudget = BurnRatePlan.errorBudget(slo.objective());
  }

  String sloName() {
    return slo.name();
  }

  MetricModel metric() {
    return metric;
  }

  SloModel slo() {
    return slo;
  }

  BurnRatePlan plan() {
    return plan;
  }

  /** The error ratio over every window, shortest first, then the error budget left. */
  List<PrometheusRule> recordings() {
    List<PrometheusRule> recordings = new ArrayList<>();
    for (Duration window : plan.windows()) {
      recordings.add(
          PrometheusRule.recording(
              SloRuleNames.errorRatio(window), errorRatio(window), sloLabels()));
    }
    recordings.add(
        PrometheusRule.recording(
            SloRuleNames.BUDGET_REMAINING,
            "1 - " + ratioOf(plan.window()) + " / " + PromQlNumbers.format(errorBudget),
            sloLabels()));
    return recordings;
  }

  /** One alert per burn rate, in the plan's order. */
  List<PrometheusRule> burnAlerts() {
    List<PrometheusRule> alerts = new ArrayList<>();
    for (BurnRateAlert burnRate : plan.alerts()) {
      alerts.add(burnAlert(burnRate));
    }
    return alerts;
  }

  /** The name the burn-rate alerts of the SLO share; their labels tell them apart. */
  String burnAlertName() {
    return SloRuleNames.burnAlert(slo.name());
  }

  /** The burn-rate alert for one burn rate. */
  PrometheusRule burnAlert(BurnRateAlert burnRate) {
    String threshold =
        "("
            + PromQlNumbers.format(burnRate.factor())
            + " * "
            + PromQlNumbers.format(errorBudget)
            + ")";
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", burnRate.severity().label());
    labels.put(SloRuleNames.SLO_LABEL, slo.name());
    labels.put("long_window", PromDuration.format(burnRate.longWindow()));
    labels.put("short_window", PromDuration.format(burnRate.shortWindow()));
    String summary =
        slo.name()
            + " burns its error budget "
            + PromQlNumbers.format(burnRate.factor())
            + "x as fast as "
            + percent(BigDecimal.valueOf(slo.objective()))
            + " over "
            + PromDuration.format(plan.window())
            + " allows; kept up for "
            + PromDuration.format(burnRate.longWindow())
            + ", that spends "
            + percent(burnRate.budget())
            + " of the budget";
    return PrometheusRule.alert(
        burnAlertName(),
        ratioOf(burnRate.longWindow())
            + " > "
            + threshold
            + " and "
            + ratioOf(burnRate.shortWindow())
            + " > "
            + threshold,
        Duration.ZERO,
        labels,
        Map.of("summary", summary));
  }

  /** The alert for a missing metric, without which the SLO's rules are blind. */
  PrometheusRule absentAlert() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", Severity.WARNING.label());
    labels.put(SloRuleNames.SLO_LABEL, slo.name());
    return PrometheusRule.alert(
        SloRuleNames.absentAlert(slo.name()),
        "absent(" + totalSeries() + ")",
        ABSENT_FOR,
        labels,
        Map.of(
            "summary",
            totalSeries()
                + ", the metric of SLO "
                + slo.name()
                + ", is missing, so its error"
                + " ratio and burn-rate alerts see nothing"));
  }

  /** The series that counts every event: the counter, or the histogram's {@code _count}. */
  String totalSeries() {
    return metric.type() == MetricType.COUNTER ? metric.name() : metric.name() + "_count";
  }

  /** The matchers of the bad events of an availability SLO, as validated. */
  List<LabelMatcher> errorMatchers() {
    try {
      return LabelMatchers.parse(slo.errors());
    } catch (PromQlSyntaxException e) {
      throw new IllegalStateException("the errors selector of " + slo.name() + " was validated", e);
    }
  }

  /** The bucket bound of a latency SLO as client_java writes it in {@code le}: {@code 3.0}. */
  String thresholdBound() {
    return Double.toString(slo.latencyThreshold().orElseThrow());
  }

  private String errorRatio(Duration window) {
    String range = "[" + PromDuration.format(window) + "]";
    if (metric.type() == MetricType.COUNTER) {
      String bad =
          errorMatchers().stream().map(LabelMatcher::toPromQl).collect(Collectors.joining(","));
      return "(sum(rate("
          + metric.name()
          + "{"
          + bad
          + "}"
          + range
          + ")) or vector(0)) / sum(rate("
          + metric.name()
          + range
          + "))";
    }
    return "1 - sum(rate("
        + metric.name()
        + "_bucket{le="
        + PromQlStrings.quote(thresholdBound())
        + "}"
        + range
        + ")) / sum(rate("
        + metric.name()
        + "_count"
        + range
        + "))";
  }

  private String ratioOf(Duration window) {
    return SloRuleNames.errorRatio(window)
        + "{"
        + SloRuleNames.SLO_LABEL
        + "="
        + PromQlStrings.quote(slo.name())
        + "}";
  }

  private Map<String, String> sloLabels() {
    return Map.of(SloRuleNames.SLO_LABEL, slo.name());
  }

  private static String percent(BigDecimal fraction) {
    return PromQlNumbers.format(fraction.movePointRight(2).round(new MathContext(4))) + "%";
  }
}
