package dev.jarvis.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grafana dashboard generated for an API dashboard with the roadmap's API metrics and SLO,
 * compared with a reviewed golden file in {@code src/test/resources/golden/grafana/}, valid against
 * Grafana's schemas, and the same whatever order the sources are compiled in.
 */
class GoldenDashboardTest {

  static final JavaFileObject API_DASHBOARD =
      Compilations.subsystem(
          """
          @Dashboard(
              uid = "jarvis-api",
              title = "JARVIS - API Performance",
              refresh = "10s",
              tags = "api",
              panels = {
                @Panel(
                    title = "Request Rate by Endpoint",
                    type = PanelType.TIMESERIES,
                    unit = "reqps",
                    queries = @Query(
                        expr = "sum by (endpoint) (rate(jarvis_api_requests_total[$__rate_interval]))",
                        legend = "{{endpoint}}")),
                @Panel(
                    title = "Latency Percentiles",
                    type = PanelType.TIMESERIES,
                    unit = "s",
                    queries = {
                      @Query(
                          expr = \"""
                              histogram_quantile(0.99,
                                sum by (le) (rate(jarvis_api_request_duration_seconds_bucket[$__rate_interval])))\""",
                          legend = "p99"),
                      @Query(
                          expr = \"""
                              histogram_quantile(0.5,
                                sum by (le) (rate(jarvis_api_request_duration_seconds_bucket[$__rate_interval])))\""",
                          legend = "p50")
                    }),
                @Panel(
                    title = "API Availability (30d)",
                    type = PanelType.STAT,
                    unit = "percentunit",
                    width = 8,
                    queries = @Query(expr = \"""
                        1 - sum(rate(jarvis_api_requests_total{status_code=~"5.."}[30d]))
                          / sum(rate(jarvis_api_requests_total[30d]))\""")),
                @Panel(
                    title = "Top 10 Slow Endpoints",
                    type = PanelType.TABLE,
                    unit = "s",
                    width = 16,
                    queries = @Query(expr = \"""
                        topk(10, histogram_quantile(0.99,
                          sum by (le, endpoint) (rate(jarvis_api_request_duration_seconds_bucket[$__range]))))\"""))
              },
              sloPanels = true)
          """,
          "ApiDashboard",
          "");

  @Test
  void generatedDashboardMatchesItsGoldenFileAndTheSchemas(@TempDir Path folder)
      throws IOException, InterruptedException {
    Compilation compilation = compile(RoadmapObjectives.API, API_DASHBOARD);
    Compilation reversed = compile(API_DASHBOARD, RoadmapObjectives.API);
    assertThat(compilation).succeededWithoutWarnings();

    String generated = generated(compilation, "jarvis-api.json");

    assertThat(GrafanaSchemas.findings(generated)).isEmpty();
    assertThat(generated).isEqualTo(golden("jarvis-api.json"));
    assertThat(generated(reversed, "jarvis-api.json")).isEqualTo(generated);
    List<String> queries = new ArrayList<>();
    GrafanaSchemas.parse(generated)
        .path("panels")
        .forEach(panel -> panel.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
    assertThat(queries).hasSize(7);
    PromtoolQueries.assertAllPass(queries, folder);
  }

  static String generated(Compilation compilation, String file) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jarvis/grafana/" + file)
        .orElseThrow(() -> new AssertionError(file + " was not generated"))
        .getCharContent(true)
        .toString();
  }

  private static String golden(String file) throws IOException {
    try (InputStream in =
        GoldenDashboardTest.class.getResourceAsStream("/golden/grafana/" + file)) {
      if (in == null) {
        throw new AssertionError("no golden file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
