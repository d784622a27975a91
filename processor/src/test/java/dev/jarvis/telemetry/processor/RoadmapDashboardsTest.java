package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.errorMessages;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the roadmap's seven dashboards of section 8 ({@link RoadmapDashboards}) over the
 * roadmap's metrics as the sample names them. As written, each defective panel fails with the rule
 * that explains what is wrong; corrected, all seven compile, validate against Grafana's schemas,
 * and every query passes {@code promtool check rules}.
 */
class RoadmapDashboardsTest {
  private static final Pattern ID_AND_PANEL =
      Pattern.compile("\\[(JARVIS-D[0-9]{3})] .*?panel '([^']*)'");

  static Stream<Arguments> asWritten() {
    return Stream.of(
        Arguments.of(
            0,
            List.of(
                "JARVIS-D013 Daily Active Users",
                "JARVIS-D015 Daily Active Users",
                "JARVIS-D011 Memory Usage")),
        Arguments.of(
            1,
            List.of(
                "JARVIS-D016 Request Rate by Endpoint",
                "JARVIS-D010 Latency Percentiles",
                "JARVIS-D010 Latency Percentiles",
                "JARVIS-D010 Latency Percentiles",
                "JARVIS-D016 Error Rate by Status",
                "JARVIS-D015 Rate Limited Requests")),
        Arguments.of(
            2,
            List.of(
                "JARVIS-D016 Generation Throughput",
                "JARVIS-D011 KV Cache Utilization",
                "JARVIS-D015 Model Load/Unload Events",
                "JARVIS-D015 Generation Latency Heatmap")),
        Arguments.of(
            3,
            List.of(
                "JARVIS-D011 Cost Saved by Prefetch",
                "JARVIS-D015 Prediction Type Distribution",
                "JARVIS-D015 Resource Blocks",
                "JARVIS-D015 Prefetch Latency Distribution")),
        Arguments.of(
            4,
            List.of(
                "JARVIS-D016 Items by Status",
                "JARVIS-D011 Retry Distribution",
                "JARVIS-D010 Upcoming Sends (Next Hour)",
                "JARVIS-D011 Missed Schedules")),
        Arguments.of(
            5,
            List.of(
                "JARVIS-D016 Message Rate",
                "JARVIS-D016 Generation Latency",
                "JARVIS-D015 Rate Limited Clients",
                "JARVIS-D015 Connection Duration Distribution")),
        Arguments.of(6, List.of("JARVIS-D011 CPU Usage", "JARVIS-D011 Uptime")));
  }

  @ParameterizedTest(name = "dashboard {0} as written")
  @MethodSource("asWritten")
  void defectivePanelsFailWithTheRuleTheyBreak(int dashboard, List<String> expected) {
    Compilation compilation = compile(RoadmapDashboards.AS_WRITTEN.get(dashboard));

    List<String> found = new ArrayList<>();
    for (String message : errorMessages(compilation)) {
      Matcher matcher = ID_AND_PANEL.matcher(message);
      found.add(matcher.find() ? matcher.group(1) + " " + matcher.group(2) : message);
    }
    assertThat(found).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void dailyActiveUsersCountsALabelTheCounterDoesNotHave() throws IOException {
    JavaFileObject executive = RoadmapDashboards.AS_WRITTEN.get(0);

    Compilation compilation = compile(executive);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D013] panel 'Daily Active Users' uses label 'user_id_hash', but no series it"
                + " queries carries it (they carry endpoint, instance, job, method, status_code):"
                + " personal data is never a metric label (appendix 11.3), hashed or not; count it"
                + " from the events that carry it, or group by a label the series carry")
        .inFile(executive)
        .onLine(lineBefore(executive, "count(count by (user_id_hash)"));
  }

  @Test
  void renamedMetricsGetTheirNewNames() {
    Compilation prefetch = compile(RoadmapDashboards.AS_WRITTEN.get(3));
    Compilation system = compile(RoadmapDashboards.AS_WRITTEN.get(6));
    Compilation scheduler = compile(RoadmapDashboards.AS_WRITTEN.get(4));

    assertThat(prefetch)
        .hadErrorContaining(
            "queries 'jarvis_prefetch_cost_saved_ms', which no metric of this compilation exposes:"
                + " write 'jarvis_prefetch_cost_saved_seconds_total'");
    assertThat(system)
        .hadErrorContaining(
            "queries 'jarvis_process_cpu_percent', which no metric of this compilation exposes:"
                + " write 'jarvis_process_cpu_ratio'");
    assertThat(system).hadErrorContaining("write 'jarvis_process_uptime_seconds'");
    assertThat(scheduler).hadErrorContaining("write 'jarvis_scheduler_missed_schedules_total'");
  }

  @Test
  void cpuInPercentOfTheRatioTheSampleRecordsReadsAHundredTimesTooSmall() {
    JavaFileObject system =
        Compilations.subsystem(
            """
            @Dashboard(
                uid = "jarvis-system",
                title = "JARVIS - System Health",
                panels = @Panel(
                    title = "CPU Usage",
                    type = PanelType.TIMESERIES,
                    unit = "percent",
                    queries = @Query(expr = "jarvis_process_cpu_ratio")))
            """,
            "SystemDashboard",
            "");

    Compilation compilation = compile(system);

    assertThat(Compilations.errorIds(compilation)).containsExactly("JARVIS-D017");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-D017] panel 'CPU Usage' shows 'jarvis_process_cpu_ratio', a ratio from 0 to 1,"
                + " in unit 'percent'");
  }

  @Test
  void correctedDashboardsCompileValidateAndPassPromtool(@TempDir Path folder)
      throws IOException, InterruptedException {
    List<JavaFileObject> sources = new ArrayList<>(RoadmapDashboards.METRICS);
    sources.addAll(RoadmapDashboards.CORRECTED);

    Compilation compilation =
        Compilations.compile(RoadmapDashboards.OPTIONS, sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    List<String> queries = new ArrayList<>();
    for (String uid :
        List.of(
            "jarvis-executive",
            "jarvis-api",
            "jarvis-model",
            "jarvis-prefetch",
            "jarvis-scheduler",
            "jarvis-websocket",
            "jarvis-system")) {
      String dashboard = GoldenDashboardTest.generated(compilation, uid + ".json");
      assertThat(GrafanaSchemas.findings(dashboard)).isEmpty();
      GrafanaSchemas.parse(dashboard)
          .path("panels")
          .forEach(
              panel -> panel.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
    }
    assertThat(queries).hasSize(49);
    assertThat(queries).contains("1 - slo:error_ratio:rate30d{slo=\"api_availability\"}");
    assertThat(queries).contains("slo:error_budget_remaining:ratio{slo=\"api_availability\"}");
    PromtoolQueries.assertAllPass(queries, folder);
  }

  /** The line of the {@code @Query} whose text block holds the text: the one before it. */
  private static long lineBefore(JavaFileObject source, String text) throws IOException {
    List<String> lines = source.getCharContent(true).toString().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " is not in " + source.getName());
  }

  private static Compilation compile(JavaFileObject dashboard) {
    List<JavaFileObject> sources = new ArrayList<>(RoadmapDashboards.METRICS);
    sources.add(dashboard);
    return Compilations.compile(RoadmapDashboards.OPTIONS, sources.toArray(JavaFileObject[]::new));
  }
}
