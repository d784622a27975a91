package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.DashboardModel;
import dev.jarvis.telemetry.processor.model.PanelModel;
import dev.jarvis.telemetry.processor.model.QueryModel;
import dev.jarvis.telemetry.processor.promql.PromDuration;
import dev.jarvis.telemetry.processor.promql.PromQlSyntaxException;
import dev.jarvis.telemetry.processor.promql.SeriesReferences;
import dev.jarvis.telemetry.processor.promql.SeriesReferences.Selector;
import dev.jarvis.telemetry.processor.validation.KnownSeries.Series;
import dev.jarvis.telemetry.processor.validation.QueryRules.Selection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks the {@code @Dashboard} declarations of a compilation once every metric and SLO is known:
 * unique, well-formed uids and titles, Grafana intervals, a known unit and a size that fits the
 * grid on every panel, and queries that name only declared series and labels ({@link QueryRules}),
 * show counters only through {@code rate}, {@code irate} or {@code increase}, rate over {@code
 * $__rate_interval} unless they mean a window of an hour or more, and show ratios in {@code
 * percentunit}.
 */
public final class DashboardRules {
  private static final Pattern UID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final Pattern INTERVAL = Pattern.compile("[1-9][0-9]*[smhdw]");
  private static final Set<String> RATE_FUNCTIONS = Set.of("rate", "irate", "increase");
  private static final Set<String> RANGE_VARIABLES = Set.of("$__rate_interval", "$__range");
  private static final Duration SHORTEST_FIXED_RANGE = Duration.ofHours(1);
  private static final int GRID_COLUMNS = 24;

  /** The ids of the units people name in words, which edit distance would not find. */
  private static final Map<String, String> UNIT_WORDS =
      Map.ofEntries(
          Map.entry("", "short"),
          Map.entry("second", "s"),
          Map.entry("seconds", "s"),
          Map.entry("sec", "s"),
          Map.entry("millisecond", "ms"),
          Map.entry("milliseconds", "ms"),
          Map.entry("byte", "bytes"),
          Map.entry("%", "percent"),
          Map.entry("ratio", "percentunit"),
          Map.entry("count", "short"),
          Map.entry("number", "short"),
          Map.entry("req/s", "reqps"));

  private static final QueryRules.Diagnostics QUERY_DIAGNOSTICS =
      new QueryRules.Diagnostics(
          Diagnostic.UNREADABLE_QUERY,
          Diagnostic.UNKNOWN_SERIES_IN_QUERY,
          Diagnostic.QUERY_PATTERN_MATCHES_NOTHING,
          Diagnostic.UNKNOWN_LABEL_IN_QUERY,
          Diagnostic.QUERY_MATCHER_MATCHES_NO_VALUE);

  /** Checks the dashboards against the series of the metrics and SLOs of the compilation. */
  public void check(List<DashboardModel> dashboards, KnownSeries series, Report report) {
    DuplicateNames uids = new DuplicateNames(Diagnostic.DUPLICATE_DASHBOARD_UID);
    DuplicateNames titles = new DuplicateNames(Diagnostic.DUPLICATE_DASHBOARD_TITLE);
    for (DashboardModel dashboard : dashboards) {
      if (!UID.matcher(dashboard.uid()).matches()) {
        at(
            dashboard,
            "uid",
            report,
            Diagnostic.DASHBOARD_UID_FORMAT,
            dashboard.uid(),
            uid(dashboard));
      }
      uids.check(
          dashboard.uid(),
          dashboard.declaringType(),
          dashboard.annotation(),
          dashboard.annotationValue("uid"),
          report);
      if (dashboard.title().isBlank()) {
        at(
            dashboard,
            "title",
            report,
            Diagnostic.BLANK_TITLE,
            "dashboard '" + dashboard.uid() + "'");
      } else {
        titles.check(
            dashboard.title(),
            dashboard.declaringType(),
            dashboard.annotation(),
            dashboard.annotationValue("title"),
            report);
      }
      if (!dashboard.refresh().isEmpty() && !INTERVAL.matcher(dashboard.refresh()).matches()) {
        at(
            dashboard,
            "refresh",
            report,
            Diagnostic.INVALID_DASHBOARD_DURATION,
            "refresh",
            dashboard.refresh(),
            dashboard.title(),
            ", or \"\" for none");
      }
      if (!INTERVAL.matcher(dashboard.timeRange()).matches()) {
        at(
            dashboard,
            "timeRange",
            report,
            Diagnostic.INVALID_DASHBOARD_DURATION,
            "timeRange",
            dashboard.timeRange(),
            dashboard.title(),
            "");
      }
      for (int i = 0; i < dashboard.panels().size(); i++) {
        checkPanel(dashboard, dashboard.panels().get(i), i + 1, series, report);
      }
    }
  }

  private static void checkPanel(
      DashboardModel dashboard, PanelModel panel, int position, KnownSeries series, Report report) {
    if (panel.title().isBlank()) {
      at(
          dashboard,
          panel,
          "title",
          report,
          Diagnostic.BLANK_TITLE,
          "panel " + position + " of dashboard '" + dashboard.title() + "'");
    }
    if (!GrafanaUnits.isKnown(panel.unit())) {
      String nearest =
          UNIT_WORDS.getOrDefault(
              panel.unit().strip().toLowerCase(Locale.ROOT),
              NearestName.to(panel.unit(), GrafanaUnits.all()).orElseThrow());
      at(
          dashboard,
          panel,
          "unit",
          report,
          Diagnostic.UNKNOWN_UNIT,
          panel.unit(),
          panel.title(),
          nearest,
          " (for example s, bytes, percentunit for a ratio 0-1, reqps, short for a plain count)");
    }
    if (panel.width() < 1 || panel.width() > GRID_COLUMNS) {
      at(
          dashboard,
          panel,
          "width",
          report,
          Diagnostic.PANEL_SIZE_OUT_OF_RANGE,
          "width",
          panel.width(),
          panel.title());
    }
    if (panel.height() < 1) {
      at(
          dashboard,
          panel,
          "height",
          report,
          Diagnostic.PANEL_SIZE_OUT_OF_RANGE,
          "height",
          panel.height(),
          panel.title());
    }
    if (panel.queries().isEmpty()) {
      at(dashboard, panel, "queries", report, Diagnostic.PANEL_WITHOUT_QUERY, panel.title());
    }
    for (QueryModel query : panel.queries()) {
      QueryRules.Site site = siteOf(dashboard, panel, query, report);
      QueryRules.check(site, series)
          .ifPresent(
              selections -> {
                checkRates(panel, selections, site);
                checkPercentUnit(panel, query, selections, site);
              });
    }
  }

  /** Counters only through a rate function, and rates over Grafana's interval or an hour up. */
  private static void checkRates(
      PanelModel panel, List<Selection> selections, QueryRules.Site site) {
    Set<String> reported = new HashSet<>();
    for (Selection selection : selections) {
      Selector selector = selection.selector();
      String function = selector.function().toLowerCase(Locale.ROOT);
      boolean rated = RATE_FUNCTIONS.contains(function);
      Optional<Series> counter = selection.series().stream().filter(Series::counter).findFirst();
      if (counter.isPresent() && !rated && reported.add("counter " + counter.get().name())) {
        String name = selector.name().isEmpty() ? counter.get().name() : selector.name();
        site.report(
            Diagnostic.COUNTER_OUTSIDE_RATE,
            panel.title(),
            name,
            function.isEmpty() ? "as it is" : "inside " + function + "()",
            name);
      }
      if (rated && !isDashboardRange(selector.range()) && reported.add("range " + selector)) {
        site.report(
            Diagnostic.FIXED_RATE_RANGE,
            panel.title(),
            function + "()",
            selector.name().isEmpty() ? "the series it selects" : selector.name(),
            selector.range());
      }
    }
  }

  /**
   * A ratio shown in unit {@code percent} reads a hundred times too small. A query that scales it,
   * recognized by a 100 in its text, is left alone.
   */
  private static void checkPercentUnit(
      PanelModel panel, QueryModel query, List<Selection> selections, QueryRules.Site site) {
    if (!panel.unit().equals("percent") || query.expr().contains("100")) {
      return;
    }
    selections.stream()
        .flatMap(selection -> selection.series().stream())
        .map(Series::name)
        .filter(name -> name.endsWith("_ratio") || name.endsWith(":ratio"))
        .findFirst()
        .ifPresent(ratio -> site.report(Diagnostic.PERCENT_UNIT_ON_RATIO, panel.title(), ratio));
  }

  /** Whether a range suits a dashboard; an empty one is left to promtool, which rejects it. */
  private static boolean isDashboardRange(String range) {
    if (range.isEmpty() || RANGE_VARIABLES.contains(range)) {
      return true;
    }
    return PromDuration.parse(range)
        .map(duration -> duration.compareTo(SHORTEST_FIXED_RANGE) >= 0)
        .orElse(false);
  }

  private static QueryRules.Site siteOf(
      DashboardModel dashboard, PanelModel panel, QueryModel query, Report report) {
    return new QueryRules.Site() {
      @Override
      public String name() {
        return panel.title();
      }

      @Override
      public String expr() {
        return query.expr();
      }

      @Override
      public SeriesReferences read() throws PromQlSyntaxException {
        return SeriesReferences.ofGrafanaQuery(query.expr());
      }

      @Override
      public QueryRules.Diagnostics diagnostics() {
        return QUERY_DIAGNOSTICS;
      }

      @Override
      public void report(Diagnostic diagnostic, Object... arguments) {
        print(
            dashboard,
            query.annotation(),
            query.annotationValue("expr"),
            report,
            diagnostic,
            arguments);
      }
    };
  }

  /** The uid with every other character replaced by '-', cut to 40. */
  private static String uid(DashboardModel dashboard) {
    String source = dashboard.uid().isBlank() ? dashboard.title() : dashboard.uid();
    String cleaned =
        source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
    if (cleaned.isEmpty()) {
      cleaned = "dashboard";
    }
    return cleaned.substring(0, Math.min(cleaned.length(), 40));
  }

  private static void at(
      DashboardModel dashboard,
      String element,
      Report report,
      Diagnostic diagnostic,
      Object... arguments) {
    print(
        dashboard,
        dashboard.annotation(),
        dashboard.annotationValue(element),
        report,
        diagnostic,
        arguments);
  }

  private static void at(
      DashboardModel dashboard,
      PanelModel panel,
      String element,
      Report report,
      Diagnostic diagnostic,
      Object... arguments) {
    print(
        dashboard,
        panel.annotation(),
        panel.annotationValue(element),
        report,
        diagnostic,
        arguments);
  }

  private static void print(
      DashboardModel dashboard,
      AnnotationMirror annotation,
      AnnotationValue value,
      Report report,
      Diagnostic diagnostic,
      Object... arguments) {
    report.on(dashboard.declaringType(), annotation, value, diagnostic, arguments);
  }
}
