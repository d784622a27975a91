package dev.jarvis.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Prometheus files generated for the roadmap's SLOs and alerts ({@link RoadmapObjectives}) pass
 * the real promtool: every rule file {@code check rules --lint=all --lint-fatal} without a finding,
 * and the generated unit tests {@code test rules}. The unit tests are themselves checked: they
 * cover the burns the multi-window scheme is about, and a rule that breaks it makes them fail.
 */
class PrometheusRulesTest {
  private static final String FOLDER = "META-INF/jarvis/prometheus/";
  private static final Pattern TEST_NAME = Pattern.compile("(?m)^  - name: '(.*)'$");

  @TempDir static Path generated;

  @BeforeAll
  static void compileTheRoadmap() {
    Compilation compilation =
        compile(RoadmapObjectives.OPTIONS, RoadmapObjectives.ALL.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    for (String file : List.of("slo-rules.yml", "slo-rules.test.yml", "alert-rules.yml")) {
      copy(compilation, file, generated);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"slo-rules.yml", "alert-rules.yml"})
  void ruleFilePassesPromtoolLint(String file) throws Exception {
    ProgramOnPath.Result check =
        ProgramOnPath.promtool()
            .run(generated, "check", "rules", "--lint=all", "--lint-fatal", file);

    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).isEqualTo(expectedCheckOutput(file));
  }

  @Test
  void generatedUnitTestsPass() throws Exception {
    ProgramOnPath.Result test =
        ProgramOnPath.promtool().run(generated, "test", "rules", "slo-rules.test.yml");

    assertThat(test.exitCode()).as(test.output()).isZero();
    assertThat(test.output()).isEqualTo("Unit Testing:  slo-rules.test.yml\n  SUCCESS\n\n");
  }

  /**
   * For an availability and a latency SLO, a burn over 14.4x pages within the long window of the
   * fastest alert (1h for 30 days), one between 6x and 14.4x fires only the slow page, and one
   * under 1x fires nothing.
   */
  @Test
  void unitTestsCoverFastSlowAndHarmlessBurns() {
    assertThat(testNames())
        .contains(
            "api_availability: 18x burn for 1h after 3d23h without errors fires only the 1h/5m"
                + " alert",
            "api_availability: 10.2x burn for 6h after 3d18h without errors fires only the 6h/30m"
                + " alert",
            "api_availability: 0.5x burn for 3d fires nothing",
            "generation_latency_p99: 18x burn for 12m after 23h48m without errors fires only the"
                + " 12m/1m alert",
            "generation_latency_p99: 10.2x burn for 1h12m after 22h48m without errors fires only"
                + " the 1h12m/6m alert",
            "generation_latency_p99: 0.5x burn for 1d fires nothing",
            "generation_latency_p50: 1.9x burn for 12m after 23h48m without errors fires only the"
                + " 12m/1m alert",
            "without any series, every absent alert fires");
  }

  @Test
  void unitTestSeriesLookLikeClientJavasExposition() throws IOException {
    String tests = Files.readString(generated.resolve("slo-rules.test.yml"));

    assertThat(tests)
        .contains(
            "series: 'jarvis_api_requests_total{method=\"GET\",endpoint=\"generate\","
                + "status_code=\"500\"}'",
            "series: 'jarvis_api_requests_total{method=\"GET\",endpoint=\"generate\","
                + "status_code=\"200\"}'",
            "series: 'jarvis_generation_duration_seconds_bucket{model_id=\"example\","
                + "used_template=\"false\",le=\"3.0\"}'",
            "series: 'jarvis_generation_duration_seconds_bucket{model_id=\"example\","
                + "used_template=\"false\",le=\"+Inf\"}'",
            "series: 'jarvis_websocket_connections_closed_total{reason=\"error\"}'",
            "series: 'jarvis_websocket_connections_closed_total{reason=\"normal\"}'");
    assertThat(tests).doesNotContain("0000000");
  }

  @Test
  void slowPageWithAWrongFactorFailsTheUnitTests(@TempDir Path broken) throws Exception {
    Compilation compilation = compile(RoadmapObjectives.API);
    copy(compilation, "slo-rules.yml", broken);
    copy(compilation, "slo-rules.test.yml", broken);
    Path rules = broken.resolve("slo-rules.yml");
    Files.writeString(rules, Files.readString(rules).replace("> (6 * 0.001)", "> (16 * 0.001)"));

    ProgramOnPath.Result test =
        ProgramOnPath.promtool().run(broken, "test", "rules", "slo-rules.test.yml");

    assertThat(test.exitCode()).isEqualTo(1);
    assertThat(test.output())
        .contains("FAILED:")
        .contains("name: api_availability: 10.2x burn for 6h");
  }

  @Test
  void sloWhoseBurnsCannotBeSimulatedKeepsTheRestOfTheTest(@TempDir Path folder) throws Exception {
    Compilation compilation =
        compile(
            subsystem(
                "ModelMetrics",
                """
                  @JarvisMetric(name = "jarvis_model_loads_total", type = COUNTER, help = "Loads")
                  @Slo(
                      name = "model_load_success",
                      objective = 0.9,
                      window = "7d",
                      errors = "outcome=\\"failed\\"")
                  @Slo(
                      name = "big_model_loads",
                      objective = 0.99,
                      window = "7d",
                      errors = "model_id=~\\"(llama|mistral)-[0-9]+b\\"")
                  void loaded(String modelId, String outcome);
                """));
    copy(compilation, "slo-rules.yml", folder);
    copy(compilation, "slo-rules.test.yml", folder);

    ProgramOnPath.Result test =
        ProgramOnPath.promtool().run(folder, "test", "rules", "slo-rules.test.yml");

    assertThat(test.exitCode()).as(test.output()).isZero();
    assertThat(Files.readString(folder.resolve("slo-rules.test.yml")))
        .contains(
            "  # big_model_loads: not tested, as no label values were found that its errors"
                + " selector both accepts and rejects\n",
            "  # model_load_success: no test of the 14.4x alert, which waits for more bad events"
                + " than there are events\n",
            "model_load_success: 8x burn for 1h24m after 22h36m without errors fires only the"
                + " 1h24m/7m alert");
  }

  private List<String> testNames() {
    try {
      Matcher names = TEST_NAME.matcher(Files.readString(generated.resolve("slo-rules.test.yml")));
      return names.results().map(name -> name.group(1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String expectedCheckOutput(String file) throws IOException {
    long rules =
        Files.readAllLines(generated.resolve(file)).stream()
            .filter(
                line -> line.startsWith("      - record: ") || line.startsWith("      - alert: "))
            .count();
    return "Checking " + file + "\n  SUCCESS: " + rules + " rules found\n\n";
  }

  private static void copy(Compilation compilation, String file, Path folder) {
    try {
      JavaFileObject resource =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, FOLDER + file)
              .orElseThrow(() -> new AssertionError(file + " was not generated"));
      Files.writeString(folder.resolve(file), resource.getCharContent(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
