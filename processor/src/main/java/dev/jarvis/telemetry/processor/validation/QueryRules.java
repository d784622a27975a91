package dev.jarvis.telemetry.processor.validation;

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
 * Checks that a PromQL expression of an alert or a dashboard panel names only series and labels
 * that exist: every metric name is a series of the compilation, a {@code __name__} pattern matches
 * at least one, every matched label is carried by the series it is matched on, a matcher on an
 * enum, boolean or {@code le} label accepts one of its values (so {@code le="1"} is caught, where
 * client_java writes {@code le="1.0"}), and every label of a {@code by} or {@code on} list is
 * carried by a queried series or added by {@code label_replace}. Labels named inside other function
 * arguments are not checked. Alerts and panels report the same findings under IDs of their own,
 * given by {@link Diagnostics}.
 */
final class QueryRules {

  /**
   * Checks the expression of a site and returns what each of its selectors selects; empty when the
   * expression cannot be read.
   */
  static Optional<List<Selection>> check(Site site, KnownSeries known) {
    Diagnostics ids = site.diagnostics();
    if (site.expr().isBlank()) {
      site.report(ids.unreadable(), site.name(), 0, "it is empty");
      return Optional.empty();
    }
    SeriesReferences references;
    try {
      references = site.read();
    } catch (PromQlSyntaxException unreadable) {
      site.report(ids.unreadable(), site.name(), unreadable.offset(), unreadable.getMessage());
      return Optional.empty();
    }
    List<Selection> selections = new ArrayList<>();
    // One finding per name, however often the expression repeats it.
    Set<String> reported = new HashSet<>();
    Set<String> queriedLabels = new TreeSet<>(references.addedLabels());
    for (Selector selector : references.selectors()) {
      Optional<List<Series>> selected = selected(site, selector, known, reported);
      if (selected.isEmpty()) {
        continue;
      }
      selections.add(new Selection(selector, selected.get()));
      selected.get().forEach(series -> queriedLabels.addAll(series.labels()));
      for (LabelMatcher matcher : selector.labelMatchers()) {
        checkMatcher(site, selector, selected.get(), matcher, reported);
      }
    }
    for (GroupingLabel grouping : references.groupingLabels()) {
      if (!queriedLabels.contains(grouping.label()) && reported.add("label " + grouping.label())) {
        site.report(
            ids.unknownLabel(),
            site.name(),
            grouping.label(),
            "no series it queries carries it",
            queriedLabels.isEmpty()
                ? "they carry no labels"
                : "they carry " + String.join(", ", queriedLabels),
            fix(grouping.label(), queriedLabels));
      }
    }
    return Optional.of(List.copyOf(selections));
  }

  /**
   * The series a selector selects by name; empty when they are not known, because the name is wrong
   * (reported) or the selector names no metric positively, as {@code {job="api"}} does.
   */
  private static Optional<List<Series>> selected(
      Site site, Selector selector, KnownSeries known, Set<String> reported) {
    if (!selector.name().isEmpty()) {
      Optional<Series> series = known.find(selector.name());
      if (series.isEmpty() && reported.add("series " + selector.name())) {
        site.report(
            site.diagnostics().unknownSeries(),
            site.name(),
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
        site.report(site.diagnostics().patternMatchesNothing(), site.name(), written);
      }
      return Optional.empty();
    }
    return Optional.of(selected);
  }

  private static void checkMatcher(
      Site site,
      Selector selector,
      List<Series> selected,
      LabelMatcher matcher,
      Set<String> reported) {
    String label = matcher.label();
    String where = selector.name().isEmpty() ? "the series it selects" : selector.name();
    if (selected.stream().noneMatch(series -> series.carries(label))) {
      Set<String> carried = new TreeSet<>();
      selected.forEach(series -> carried.addAll(series.labels()));
      if (reported.add("label " + label + " on " + where)) {
        site.report(
            site.diagnostics().unknownLabel(),
            site.name(),
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
      site.report(
          site.diagnostics().matcherMatchesNoValue(),
          site.name(),
          matcher.toPromQl(),
          where,
          label,
          String.join(", ", new LinkedHashSet<>(values)));
    }
  }

  // A label naming personal data is not a typo of a label that exists: no series may carry it.
  private static String fix(String label, Set<String> candidates) {
    if (PersonalData.of(label) != null) {
      return "personal data is never a metric label (appendix 11.3), hashed or not; count it from"
          + " the events that carry it, or group by a label the series carry";
    }
    return NearestName.to(label, candidates)
        .map(nearest -> "write '" + nearest + "'")
        .orElse("remove it");
  }

  /** An expression written in an annotation, and where its findings are printed. */
  interface Site {

    /** The name of what the expression belongs to, the first argument of every message. */
    String name();

    String expr();

    /** Reads the expression, as Prometheus or as a Grafana query. */
    SeriesReferences read() throws PromQlSyntaxException;

    Diagnostics diagnostics();

    /** Prints a finding on the expression. */
    void report(Diagnostic diagnostic, Object... arguments);
  }

  /** The IDs under which the findings about one kind of expression are reported. */
  record Diagnostics(
      Diagnostic unreadable,
      Diagnostic unknownSeries,
      Diagnostic patternMatchesNothing,
      Diagnostic unknownLabel,
      Diagnostic matcherMatchesNoValue) {}

  /**
   * The series a selector of the expression selects.
   *
   * @param selector the selector as written
   * @param series the known series it selects, at least one
   */
  record Selection(Selector selector, List<Series> series) {}
}
