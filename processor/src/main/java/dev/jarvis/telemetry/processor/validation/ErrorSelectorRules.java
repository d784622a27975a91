package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.SloModel;
import dev.jarvis.telemetry.processor.promql.LabelMatcher;
import dev.jarvis.telemetry.processor.promql.LabelMatchers;
import dev.jarvis.telemetry.processor.promql.PromQlSyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Checks the error selector of an availability SLO: it reads as label matchers, every label it
 * names is one the counter carries, and a matcher on an enum or boolean label accepts at least one
 * of its values, since otherwise the SLO could never see a bad event.
 */
final class ErrorSelectorRules {

  void check(MetricModel metric, SloModel slo, Report report) {
    List<LabelMatcher> matchers;
    try {
      matchers = LabelMatchers.parse(slo.errors());
    } catch (PromQlSyntaxException unreadable) {
      SloRules.at(
          slo,
          "errors",
          report,
          Diagnostic.UNREADABLE_ERROR_SELECTOR,
          slo.errors(),
          slo.name(),
          unreadable.getMessage());
      return;
    }
    List<String> labelNames = metric.labels().stream().map(LabelModel::name).toList();
    for (LabelMatcher matcher : matchers) {
      Optional<LabelModel> label =
          metric.labels().stream().filter(l -> l.name().equals(matcher.label())).findFirst();
      if (label.isEmpty()) {
        SloRules.at(
            slo,
            "errors",
            report,
            Diagnostic.UNKNOWN_SELECTOR_LABEL,
            slo.name(),
            matcher.label(),
            metric.name(),
            labelNames.isEmpty()
                ? "it has no labels"
                : "its labels: " + String.join(", ", labelNames),
            NearestName.to(matcher.label(), labelNames)
                .map(nearest -> ", such as '" + nearest + "'")
                .orElse(", after giving it one that tells bad events apart"));
      } else if (acceptsNone(matcher, label.get())) {
        SloRules.at(
            slo,
            "errors",
            report,
            Diagnostic.SELECTOR_MATCHES_NO_VALUE,
            matcher.toPromQl(),
            slo.name(),
            matcher.label(),
            String.join(", ", label.get().values()));
      }
    }
  }

  private static boolean acceptsNone(LabelMatcher matcher, LabelModel label) {
    return label.kind().isClosed()
        && matcher.operator().isPositive()
        && matcher.isJudgeable()
        && label.values().stream().noneMatch(matcher::matches);
  }
}
