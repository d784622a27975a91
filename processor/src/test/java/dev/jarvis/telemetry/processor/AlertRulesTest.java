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
 * The rules of {@code @Alert}: a well-formed, unique name, a for-duration, a summary, a runbook
 * URL, and an expression that names only series and labels the compilation declares. Each finding
 * lands on the value to fix, on the second of two repeated alerts too.
 */
class AlertRulesTest {

  private static final String API_MEMBERS =
      """
        enum Method {
          @LabelValue("GET") GET,
          @LabelValue("POST") POST
        }

        @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "API requests")
        @Slo(
            name = "api_availability",
            objective = 0.999,
            window = "30d",
            errors = "status_code=~\\"5..\\"")
        void requestCompleted(Method method, int statusCode);

        @JarvisMetric(
            name = "jarvis_api_request_duration_seconds",
            type = HISTOGRAM,
            help = "API request latency")
        void requestTook(Method method, @Value Duration latency);
      """;

  @Test
  void alertsOnDeclaredSeriesCompileWithoutWarnings() {
    Compilation compilation =
        compile(
            api(
                """
                @Alert(
                    name = "HighErrorRate",
                    expr = \"""
                        (
                          sum(rate(jarvis_api_requests_total{status_code=~"5.."}[5m]))
                          /
                          sum(rate(jarvis_api_requests_total[5m]))
                        ) > 0.01\""",
                    forDuration = "2m",
                    severity = Severity.CRITICAL,
                    summary = "High error rate detected",
                    runbookUrl = "https://runbooks.example.org/jarvis/high-error-rate")
                @Alert(
                    name = "HighLatencyP99",
                    expr = \"""
                        histogram_quantile(0.99,
                          sum by (le, method) (rate(jarvis_api_request_duration_seconds_bucket{le!="+Inf", method="POST"}[5m]))
                        ) > 0.5\""",
                    forDuration = "5m",
                    severity = Severity.WARNING,
                    summary = "API p99 latency elevated")
                @Alert(
                    name = "ErrorBudgetHalfSpent",
                    expr = "slo:error_budget_remaining:ratio{slo=\\"api_availability\\"} < 0.5",
                    severity = Severity.INFO,
                    summary = "Half the error budget is spent")
                @Alert(
                    name = "ApiTargetDown",
                    expr = "up{job=\\"jarvis-api\\"} == 0 or absent(jarvis_api_requests_total)",
                    forDuration = "1m",
                    severity = Severity.CRITICAL,
                    summary = "The API is not scraped")
                @Alert(
                    name = "RouteErrors",
                    expr = \"""
                        sum by (route) (label_replace(rate(jarvis_api_requests_total[5m]),
                          "route", "$1", "method", "(.*)")) > 1
                        and on (route) count by (route) ({__name__=~"jarvis_api_.*_total"}) > 0\""",
                    severity = Severity.INFO,
                    summary = "Errors by route")
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void alertOnAClassIsRejectedOnTheAlert() {
    JavaFileObject source =
        source(
            "Watcher",
            """
            package demo;

            import dev.jarvis.telemetry.annotations.Alert;
            import dev.jarvis.telemetry.annotations.Severity;

            @Alert(name = "Down", expr = "up == 0", severity = Severity.CRITICAL, summary = "Down")
            public class Watcher {}
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A001] @Alert belongs on a subsystem interface, next to the metrics it"
                + " watches, but Watcher is not an interface: move it to one")
        .inFile(source)
        .onLineContaining("@Alert(name = \"Down\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A001");
  }

  @Test
  void nameThatIsNotCamelCaseIsRejectedWithTheCamelCaseName() {
    JavaFileObject source = api(alert("name = \"high-error-rate\"", "expr = \"up == 0\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A002] alert name 'high-error-rate' must be a CamelCase identifier"
                + " ([A-Za-z][A-Za-z0-9]*), the form Alertmanager routes and people search by:"
                + " write 'HighErrorRate'")
        .inFile(source)
        .onLineContaining("name = \"high-error-rate\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A002");
  }

  @Test
  void nameDeclaredOnTwoInterfacesIsRejectedOnBoth() {
    JavaFileObject api = api(alert("name = \"ServiceDown\"", "expr = \"up == 0\""));
    JavaFileObject websocket =
        subsystem(
            alert("name = \"ServiceDown\"", "expr = \"up == 0\""),
            "WebsocketMetrics",
            """
              @JarvisMetric(name = "jarvis_websocket_messages_total", type = COUNTER, help = "Msgs")
              void received();
            """);

    Compilation compilation = compile(api, websocket);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A003] alert 'ServiceDown' is declared more than once in this compilation"
                + " (also on demo.WebsocketMetrics); Alertmanager groups and silences alerts by"
                + " name: rename one")
        .inFile(api)
        .onLineContaining("name = \"ServiceDown\"");
    assertThat(compilation)
        .hadErrorContaining("(also on demo.ApiMetrics)")
        .inFile(websocket)
        .onLineContaining("name = \"ServiceDown\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A003", "JARVIS-A003");
  }

  @Test
  void nameOfAGeneratedSloAlertIsRejected() {
    JavaFileObject source =
        api(alert("name = \"ApiAvailabilityErrorBudgetBurn\"", "expr = \"up == 0\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A004] alert name 'ApiAvailabilityErrorBudgetBurn' is taken by an alert"
                + " generated for SLO 'api_availability': rename the @Alert")
        .inFile(source)
        .onLineContaining("name = \"ApiAvailabilityErrorBudgetBurn\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A004");
  }

  @Test
  void unreadableExpressionIsRejectedWithWhereAndWhy() {
    JavaFileObject source =
        api(alert("name = \"Busy\"", "expr = \"rate(jarvis_api_requests_total[5m] > 1\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A005] the expression of alert 'Busy' cannot be read at character 4: '(' is"
                + " never closed; write a PromQL expression")
        .inFile(source)
        .onLineContaining("expr = \"rate(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A005");
  }

  @Test
  void emptyExpressionIsRejected() {
    Compilation compilation = compile(api(alert("name = \"Busy\"", "expr = \" \"")));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A005] the expression of alert 'Busy' cannot be read at character 0: it is"
                + " empty");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A005");
  }

  @Test
  void unknownMetricIsRejectedWithTheNearestSeries() {
    JavaFileObject source =
        api(
            alert(
                "name = \"Busy\"",
                """
                expr = \"""
                    rate(jarvis_api_requests[5m]) > 1
                      or rate(jarvis_api_requests[1h]) > 1\""\""""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A006] alert 'Busy' queries 'jarvis_api_requests', which no metric of this"
                + " compilation exposes: write 'jarvis_api_requests_total', the nearest series that"
                + " exists, or declare the metric with @JarvisMetric")
        .inFile(source)
        .onLineContaining("expr = \"\"\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A006");
  }

  @Test
  void histogramIsQueriedThroughItsSeries() {
    Compilation compilation =
        compile(
            api(
                alert(
                    "name = \"Slow\"",
                    "expr = \"rate(jarvis_api_request_duration_seconds[5m]) > 1\"")));

    assertThat(compilation)
        .hadErrorContaining(
            "queries 'jarvis_api_request_duration_seconds', which no metric of this compilation"
                + " exposes: write 'jarvis_api_request_duration_seconds_sum'");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A006");
  }

  @Test
  void namePatternMatchingNothingIsRejected() {
    JavaFileObject source =
        api(alert("name = \"Busy\"", "expr = \"count({__name__=~\\\"jarvis_apy_.*\\\"}) > 1\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A007] alert 'Busy' selects series by __name__=~\"jarvis_apy_.*\", which"
                + " matches none of the series of this compilation: fix the pattern, or declare"
                + " the metric with @JarvisMetric")
        .inFile(source)
        .onLineContaining("expr = \"count(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A007");
  }

  @Test
  void matchedLabelTheSeriesLacksIsRejectedWithItsLabels() {
    JavaFileObject source =
        api(
            alert(
                "name = \"Busy\"",
                "expr = \"rate(jarvis_api_requests_total{status=\\\"500\\\"}[5m]) > 1\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A008] alert 'Busy' uses label 'status', but 'jarvis_api_requests_total' does"
                + " not carry it (it carries instance, job, method, status_code): write"
                + " 'status_code'")
        .inFile(source)
        .onLineContaining("expr = \"rate(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A008");
  }

  @Test
  void groupingLabelNoQueriedSeriesCarriesIsRejected() {
    JavaFileObject source =
        api(
            alert(
                "name = \"Busy\"",
                "expr = \"sum by (metod) (rate(jarvis_api_requests_total[5m])) > 1\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A008] alert 'Busy' uses label 'metod', but no series it queries carries it"
                + " (they carry instance, job, method, status_code): write 'method'")
        .inFile(source)
        .onLineContaining("expr = \"sum by");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A008");
  }

  @Test
  void bucketBoundWrittenAsAnIntegerIsRejectedWithTheWrittenBounds() {
    JavaFileObject source =
        api(
            alert(
                "name = \"Slow\"",
                "expr = \"rate(jarvis_api_request_duration_seconds_bucket{le=\\\"1\\\"}[5m]) > 1\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A009] alert 'Slow' matches le=\"1\" on"
                + " 'jarvis_api_request_duration_seconds_bucket', but no value of label 'le'"
                + " (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, +Inf)"
                + " satisfies it, so the selector returns nothing: match one of them")
        .inFile(source)
        .onLineContaining("expr = \"rate(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A009");
  }

  @Test
  void enumLabelMatcherThatAcceptsNoValueIsRejected() {
    Compilation compilation =
        compile(
            api(
                alert(
                    "name = \"Busy\"",
                    "expr = \"rate(jarvis_api_requests_total{method=~\\\"get|put\\\"}[5m]) > 1\"")));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A009] alert 'Busy' matches method=~\"get|put\" on 'jarvis_api_requests_total',"
                + " but no value of label 'method' (GET, POST) satisfies it");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A009");
  }

  @Test
  void forDurationThatIsNotADurationIsRejected() {
    JavaFileObject source =
        api(
            """
            @Alert(
                name = "Down",
                expr = "up == 0",
                forDuration = "2 minutes",
                severity = Severity.CRITICAL,
                summary = "Down")
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A010] for-duration '2 minutes' of alert 'Down' is not a Prometheus duration:"
                + " write whole numbers with the units y, w, d, h, m, s or ms, such as '5m', or"
                + " '0s' to fire at once")
        .inFile(source)
        .onLineContaining("forDuration = \"2 minutes\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A010");
  }

  @Test
  void blankSummaryIsRejected() {
    JavaFileObject source =
        api(
            """
            @Alert(
                name = "Down",
                expr = "up == 0",
                severity = Severity.CRITICAL,
                summary = " ")
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A011] alert 'Down' needs a summary, the line a responder reads first: set"
                + " summary = \"what is wrong\"")
        .inFile(source)
        .onLineContaining("summary = \" \"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A011");
  }

  @Test
  void relativeRunbookUrlIsRejected() {
    JavaFileObject source =
        api(
            """
            @Alert(
                name = "Down",
                expr = "up == 0",
                severity = Severity.CRITICAL,
                summary = "Down",
                runbookUrl = "wiki/down")
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-A012] runbook URL 'wiki/down' of alert 'Down' must be an absolute http or"
                + " https URL: write 'https://...'")
        .inFile(source)
        .onLineContaining("runbookUrl = \"wiki/down\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A012");
  }

  @Test
  void errorOnTheSecondOfTwoAlertsLandsOnItsValue() {
    JavaFileObject source =
        api(
            alert("name = \"Down\"", "expr = \"up == 0\"")
                + alert("name = \"Busy\"", "expr = \"rate(jarvis_api_requestz_total[5m]) > 1\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-A006] alert 'Busy' queries 'jarvis_api_requestz_total'")
        .inFile(source)
        .onLineContaining("requestz");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-A006");
  }

  /** An alert with the given name and expression, each on its own line. */
  private static String alert(String name, String expr) {
    return """
        @Alert(
            %s,
            %s,
            severity = Severity.WARNING,
            summary = "Something is wrong")
        """
        .formatted(name, expr);
  }

  /** The API interface, with its counter, SLO and latency histogram, under the given alerts. */
  private static JavaFileObject api(String alerts) {
    return subsystem(alerts, "ApiMetrics", API_MEMBERS);
  }
}
