package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.source;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code @Dashboard}: unique, well-formed uids and titles, Grafana intervals, known
 * units, panel sizes that fit the grid, and queries that name declared series and labels, show
 * counters only through a rate and rate over {@code $__rate_interval}. Each finding lands on the
 * value to fix, inside the nested {@code @Panel} and {@code @Query} and on the second of two
 * repeated dashboards too.
 */
class DashboardRulesTest {

  /** A panel whose query is the argument, on a dashboard of uid "overview". */
  private static JavaFileObject panelQuerying(String expr) {
    return dashboard(
        """
        @Dashboard(
            uid = "overview",
            title = "Overview",
            panels = @Panel(
                title = "Requests",
                type = PanelType.TIMESERIES,
                unit = "reqps",
                queries = @Query(expr = "%s")))
        """
            .formatted(expr.replace("\"", "\\\"")));
  }

  private static JavaFileObject dashboard(String annotations) {
    return subsystem(annotations, "OverviewDashboard", "");
  }

  private static Compilation compileWithApi(JavaFileObject dashboard) {
    return compile(RoadmapObjectives.API, dashboard);
  }

  @Test
  void aDashboardOnAnInterfaceWithoutMethodsCompilesAndIsWritten() {
    Compilation compilation =
        compileWithApi(
            panelQuerying("sum by (endpoint) (rate(jarvis_api_requests_total[$__rate_interval]))"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFiles().stream().map(JavaFileObject::getName).toList())
        .contains("/CLASS_OUTPUT/META-INF/jarvis/grafana/overview.json");
  }

  @Test
  void dashboardOnAClassIsRejected() {
    JavaFileObject source =
        source(
            "Overview",
            """
            package demo;

            import dev.jarvis.telemetry.annotations.Dashboard;

            @Dashboard(uid = "overview", title = "Overview")
            class Overview {}
            """);

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D001");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D001] @Dashboard belongs on an interface, beside the metrics it shows or on"
                + " one of its own with no methods, but Overview is not an interface")
        .inFile(source)
        .onLineContaining("@Dashboard(");
  }

  @Test
  void uidMustSuitUrls() {
    JavaFileObject source =
        dashboard("@Dashboard(uid = \"JARVIS - Overview\", title = \"Overview\")\n");

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D002");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D002] dashboard uid 'JARVIS - Overview' must be 1 to 40 letters, digits, '-'"
                + " or '_', the form Grafana keeps in URLs and file names: write 'jarvis-overview'")
        .inFile(source)
        .onLineContaining("uid = \"JARVIS - Overview\"");
  }

  @Test
  void uidAndTitleAreUniqueAndTheSecondOfTwoRepeatedDashboardsIsFound() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(uid = "overview", title = "Overview")
            @Dashboard(
                uid = "overview",
                title = "Overview")
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation))
        .containsExactly("JARVIS-D003", "JARVIS-D003", "JARVIS-D004", "JARVIS-D004");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D003] dashboard uid 'overview' is declared more than once in this compilation"
                + " (also on demo.OverviewDashboard); Grafana tells dashboards apart by uid")
        .inFile(source)
        .onLineContaining("    uid = \"overview\",");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-D004] dashboard title 'Overview' is declared more than once")
        .inFile(source)
        .onLineContaining("    title = \"Overview\")");
  }

  @Test
  void aFindingInAPanelOfTheSecondOfTwoDashboardsLandsOnItsValue() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(uid = "first", title = "First")
            @Dashboard(
                uid = "second",
                title = "Second",
                panels = @Panel(
                    title = "Latency",
                    type = PanelType.STAT,
                    unit = "secs",
                    queries = @Query(expr = "up")))
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D007");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-D007] unit 'secs' of panel 'Latency'")
        .inFile(source)
        .onLineContaining("unit = \"secs\"");
  }

  @Test
  void dashboardsAndPanelsHaveTitles() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(
                uid = "overview",
                title = "Overview",
                panels = @Panel(
                    title = " ",
                    type = PanelType.STAT,
                    unit = "short",
                    queries = @Query(expr = "up")))
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D005");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D005] panel 1 of dashboard 'Overview' needs a title, which Grafana shows and"
                + " searches by")
        .inFile(source)
        .onLineContaining("title = \" \"");
  }

  @Test
  void refreshAndTimeRangeAreGrafanaIntervals() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(
                uid = "overview",
                title = "Overview",
                refresh = "1h30m",
                timeRange = "6 hours")
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D006", "JARVIS-D006");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D006] refresh '1h30m' of dashboard 'Overview' is not a Grafana interval: write"
                + " a whole number and one of the units s, m, h, d or w, such as '30s' or '6h', or"
                + " \"\" for none")
        .inFile(source)
        .onLineContaining("refresh = \"1h30m\"");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-D006] timeRange '6 hours' of dashboard 'Overview'")
        .inFile(source)
        .onLineContaining("timeRange = \"6 hours\"");
  }

  @Test
  void unitIsAGrafanaUnitId() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(
                uid = "overview",
                title = "Overview",
                panels = @Panel(
                    title = "Latency",
                    type = PanelType.STAT,
                    unit = "second",
                    queries = @Query(expr = "up")))
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D007");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D007] unit 'second' of panel 'Latency' is not a Grafana unit id, and the panel"
                + " would show bare numbers: write 's' (for example s, bytes,"
                + " percentunit for a ratio 0-1, reqps, short for a plain count)")
        .inFile(source)
        .onLineContaining("unit = \"second\"");
  }

  @Test
  void panelFitsTheGridAndHasAQuery() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(
                uid = "overview",
                title = "Overview",
                panels = @Panel(
                    title = "Wide",
                    type = PanelType.STAT,
                    unit = "short",
                    width = 30,
                    height = 0,
                    queries = {}))
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation))
        .containsExactly("JARVIS-D008", "JARVIS-D008", "JARVIS-D009")
        .inOrder();
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D008] width 30 of panel 'Wide' does not fit Grafana's grid, which is 24"
                + " columns wide")
        .inFile(source)
        .onLineContaining("width = 30");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-D008] height 0 of panel 'Wide'")
        .inFile(source)
        .onLineContaining("height = 0");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-D009] panel 'Wide' has no query and would stay empty")
        .inFile(source)
        .onLineContaining("queries = {}");
  }

  @Test
  void queryReadsAsPromQl() {
    JavaFileObject source = panelQuerying("histogram_quantile(0.99, ...)");

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D010");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D010] the query of panel 'Requests' cannot be read at character 25:"
                + " unexpected character '.'")
        .inFile(source)
        .onLineContaining("queries = @Query(expr =");
  }

  @Test
  void grafanaVariablesAreReadOnlyAsRanges() {
    Compilation compilation =
        compileWithApi(panelQuerying("jarvis_api_requests_total{endpoint=~\"$endpoint\"} > $x"));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D010");
    assertThat(compilation).hadErrorContaining("unexpected character '$'");
  }

  @Test
  void unknownSeriesGetsTheNearestName() {
    JavaFileObject source = panelQuerying("sum(rate(jarvis_api_request_total[$__rate_interval]))");

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D011");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D011] panel 'Requests' queries 'jarvis_api_request_total', which no metric of"
                + " this compilation exposes: write 'jarvis_api_requests_total'")
        .inFile(source)
        .onLineContaining("queries = @Query(expr =");
  }

  @Test
  void namePatternMatchesASeries() {
    Compilation compilation = compileWithApi(panelQuerying("{__name__=~\"jarvis_apy_.*\"}"));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D012");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D012] panel 'Requests' selects series by __name__=~\"jarvis_apy_.*\", which"
                + " matches none of the series of this compilation");
  }

  @Test
  void labelsAreCarriedByTheQueriedSeries() {
    Compilation compilation =
        compileWithApi(
            panelQuerying(
                "count(count by (user_id_hash) (rate(jarvis_api_requests_total[$__rate_interval])))"));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D013");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D013] panel 'Requests' uses label 'user_id_hash', but no series it queries"
                + " carries it (they carry endpoint, instance, job, method, status_code)");
  }

  @Test
  void matcherAcceptsADeclaredValue() {
    Compilation compilation =
        compileWithApi(
            panelQuerying(
                "histogram_quantile(0.9, rate(jarvis_api_request_duration_seconds_bucket{le=\"1\"}"
                    + "[$__rate_interval]))"));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D014");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D014] panel 'Requests' matches le=\"1\" on"
                + " 'jarvis_api_request_duration_seconds_bucket', but no value of label 'le'");
  }

  @Test
  void countersAreShownOnlyThroughARate() {
    JavaFileObject source =
        panelQuerying(
            "sum by (endpoint) (jarvis_api_requests_total)"
                + " + jarvis_api_request_duration_seconds_count");

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D015", "JARVIS-D015");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D015] panel 'Requests' shows counter 'jarvis_api_requests_total' inside"
                + " sum(); a counter only grows, and falls to 0 when the process restarts, so only"
                + " its rate or increase means something: write"
                + " rate(jarvis_api_requests_total[$__rate_interval])")
        .inFile(source)
        .onLineContaining("queries = @Query(expr =");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D015] panel 'Requests' shows counter"
                + " 'jarvis_api_request_duration_seconds_count' as it is");
  }

  @Test
  void ratesUseTheRateIntervalOrAWindowOfAnHourAndMore() {
    Compilation compilation =
        compileWithApi(
            panelQuerying(
                "sum(rate(jarvis_api_requests_total[5m])) + sum(increase(jarvis_api_requests_total"
                    + "[$__interval])) + sum(rate(jarvis_api_requests_total[1h]))"
                    + " + sum(increase(jarvis_api_requests_total[30d]))"
                    + " + sum(rate(jarvis_api_requests_total[$__range]))"));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D016", "JARVIS-D016");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D016] panel 'Requests' takes rate() of 'jarvis_api_requests_total' over [5m],"
                + " a fixed range shorter than 1h that follows neither the scrape interval nor the"
                + " zoom: write [$__rate_interval] (a fixed range from 1h up, such as [30d], is"
                + " kept as a view over that window)");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D016] panel 'Requests' takes increase() of 'jarvis_api_requests_total' over"
                + " [$__interval]");
  }

  @Test
  void sloPanelsQueryOnlyGeneratedSeries() {
    Compilation compilation =
        compileWithApi(
            dashboard(
                """
                @Dashboard(
                    uid = "overview",
                    title = "Overview",
                    panels = @Panel(
                        title = "Budget",
                        type = PanelType.GAUGE,
                        unit = "percentunit",
                        queries = @Query(
                            expr = "slo:error_budget_remaining:ratio{slo=\\"api_availability\\"}")),
                    sloPanels = true)
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void ratiosAreShownInPercentUnit() {
    JavaFileObject source =
        dashboard(
            """
            @Dashboard(
                uid = "overview",
                title = "Overview",
                panels = {
                  @Panel(
                      title = "Budget",
                      type = PanelType.STAT,
                      unit = "percent",
                      queries = @Query(
                          expr = "slo:error_budget_remaining:ratio{slo=\\"api_availability\\"}")),
                  @Panel(
                      title = "Budget in percent",
                      type = PanelType.STAT,
                      unit = "percent",
                      queries = @Query(expr = "100 * slo:error_budget_remaining:ratio"))
                })
            """);

    Compilation compilation = compileWithApi(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-D017");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D017] panel 'Budget' shows 'slo:error_budget_remaining:ratio', a ratio from 0"
                + " to 1, in unit 'percent', which Grafana reads as 0 to 100, so 45% would show as"
                + " 0.45%: write unit = \"percentunit\"")
        .inFile(source)
        .onLineContaining("expr = \"slo:error_budget_remaining:ratio{");
  }
}
