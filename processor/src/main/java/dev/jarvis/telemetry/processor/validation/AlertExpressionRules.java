package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.AlertModel;
import dev.jarvis.telemetry.processor.promql.LabelMatcher;
import dev.jarvis.telemetry.processor.promql.PromQlSyntaxException;
import dev.jarvis.telemetry.processor.promql.SeriesReferences;
import dev.jarvis.telemetry.processor.promql.SeriesReferences.GroupingLabel;
import dev.jarvis.telemetry.processor.promql.SeriesReferences.Selector;
import dev.jarvis.telemetry.processor.validation.KnownSeries.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that an alert's expression names only series and labels that exist: every metric name is a
 * series of the compilation, a {@code __name__} pattern matches at least one, every matched label
 * is carried by the series it is matched on, a matcher on an enum, boolean or {@code le} label
 * accepts one of its values (so {@code le="1"} is caught, where client_java writes {@code
 * le="1.0"}), and every label of a {@code by} or {@code on} list is carried by a queried series or
 * added by {@code label_replace}. Labels named inside other function arguments are not checked.
 */
final class AlertExpressionRules {

  void check(AlertModel alert, KnownSeries known, Report report) {
    if (alert.expr().isBlank()) {
      at(alert, report, Diagnostic.UNREADABLE_EXPRESSION, alert.name(), 0, "it is empty");
      return;
    }
    SeriesReferences references;
    try {
      references = SeriesReferences.of(alert.expr());
    } catch (PromQlSyntaxException unreadable) {
      at(
          alert,
          report,
          Diagnostic.UNREADABLE_EXPRESSION,
          alert.name(),
          unreadable.offset(),
          unreadable.getMessage());
      return;
    }
    // One finding per name, however often the expression repeats it.
    Set<String> reported = new HashSet<>();
    Set<String> queriedLabels = new TreeSet<>(references.addedLabels());
    for (Selector selector : references.selectors()) {
      Optional<List<Series>> selected = selected(alert, selector, known, reported, report);
      if (selected.isEmpty()) {
        continue;
      }
      selected.get().forEach(series -> queriedLabels.addAll(series.labels()));
      for (LabelMatcher matcher : selector.labelMatchers()) {
        checkMatcher(alert, selector, selected.get(), matcher, reported, report);
      }
    }
    for (GroupingLabel grouping : references.groupingLabels()) {
      if (!queriedLabels.contains(grouping.label()) && reported.add("label " + grouping.label())) {
        at(
            alert,
            report,
            Diagnostic.UNKNOWN_LABEL_IN_EXPRESSION,
            alert.name(),
            grouping.label(),
            "no series it queries carries it",
            queriedLabels.isEmpty()
                ? "they carry no labels"
                : "they carry " + String.join(", ", queriedLabels),
            fix(grouping.label(), queriedLabels));
      }
    }
  }

  /**
   * The series a selector selects by name; empty when they are not known, because the name is wrong
   * (reported) or the selector names no metric positively, as {@code {job="api"}} does.
   */
  private static Optional<List<Series>> selected(
      AlertModel alert, Selector selector, KnownSeries known, Set<String> reported, Report report) {
    if (!selector.name().isEmpty()) {
      Optional<Series> series = known.find(selector.name());
      if (series.isEmpty() && reported.add("series " + selector.name())) {
        at(
            alert,
            report,
            Diagnostic.UNKNOWN_SERIES,
            alert.name(),
            selector.name(),
            NearestName.to(selector.name(), known.names()).orElseThrow());
      }
      return series.map(List::of);
    }
    List<LabelMatcher> patterns =
        selector.nameMatchers().stream()
            .filter(matcher -> matcher.operator().isPositive() && matcher.isJudgeable())
            .toList();
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    List<Series> selected = new ArrayList<>();
    for (Series series : known.all()) {
      if (patterns.stream().allMatch(pattern -> pattern.matches(series.name()))) {
        selected.add(series);
      }
    }
    if (selected.isEmpty()) {
      String written =
          patterns.stream()
              .map(LabelMatcher::toPromQl)
              .reduce((a, b) -> a + ", " + b)
              .orElseThrow();
      if (reported.add("pattern " + written)) {
        at(alert, report, Diagnostic.NAME_PATTERN_MATCHES_NOTHING, alert.name(), written);
      }
      return Optional.empty();
    }
    return Optional.of(selected);
  }

  private static void checkMatcher(
      AlertModel alert,
      Selector selector,
      List<Series> selected,
      LabelMatcher matcher,
      Set<String> reported,
      Report report) {
    String label = matcher.label();
    String where = selector.name().isEmpty() ? "the series it selects" : selector.name();
    if (selected.stream().noneMatch(series -> series.carries(label))) {
      Set<String> carried = new TreeSet<>();
      selected.forEach(series -> carried.addAll(series.labels()));
      if (reported.add("label " + label + " on " + where)) {
        at(
            alert,
            report,
            Diagnostic.UNKNOWN_LABEL_IN_EXPRESSION,
            alert.name(),
            label,
            "'" + where + "' does not carry it",
            carried.isEmpty() ? "it carries no labels" : "it carries " + String.join(", ", carried),
            fix(label, carried));
      }
      return;
    }
    if (!matcher.operator().isPositive() || !matcher.isJudgeable()) {
      return;
    }
    // Only when every selected series knows all values of the label can none of them match.
    List<String> values = new ArrayList<>();
    for (Series series : selected) {
      List<String> closed = series.closedValues().get(label);
      if (closed == null) {
        return;
      }
      values.addAll(closed);
    }
    if (values.stream().noneMatch(matcher::matches) && reported.add("value " + matcher)) {
      at(
          alert,
          report,
          Diagnostic.MATCHER_MATCHES_NO_VALUE,
          alert.name(),
          matcher.toPromQl(),
          where,
          label,
          String.join(", ", new LinkedHashSet<>(values)));
    }
  }

  private static String fix(String label, Set<String> candidates) {
    return NearestName.to(label, candidates)
        .map(nearest -> "write '" + nearest + "'")
        .orElse("remove it");
  }

  private static void at(
      AlertModel alert, Report report, Diagnostic diagnostic, Object... arguments) {
    AlertRules.at(alert, "expr", report, diagnostic, arguments);
  }
}
