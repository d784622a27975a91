package dev.jarvis.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Prometheus files generated for the roadmap's "API Availability 99.9% 30d" and "Generation p99
 * latency < 3s 1h" SLOs and its HighErrorRate and HighLatencyP99 alerts, compared with reviewed
 * golden files in {@code src/test/resources/golden/prometheus/}. The files do not depend on the
 * order the sources are compiled in. A change to what the processor generates must change the
 * golden files in the same commit, where a reviewer sees it.
 */
class GoldenPrometheusFilesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"slo-rules.yml", "slo-rules.test.yml", "alert-rules.yml"})
  void generatedFileMatchesItsGoldenFile(String file) throws IOException {
    Compilation compilation = compile(RoadmapObjectives.API, generationLatency());
    Compilation reversed = compile(generationLatency(), RoadmapObjectives.API);
    assertThat(compilation).succeededWithoutWarnings();

    String generated = generated(compilation, file);

    assertThat(generated).isEqualTo(golden(file));
    assertThat(generated(reversed, file)).isEqualTo(generated);
  }

  /** The generation histogram with its p99 SLO alone. */
  private static JavaFileObject generationLatency() {
    return Compilations.subsystem(
        "GenerationMetrics",
        """
          @JarvisMetric(
              name = "jarvis_generation_duration_seconds",
              type = HISTOGRAM,
              help = "End-to-end generation latency",
              buckets = {0.5, 1, 3, 5, 10})
          @Slo(
              name = "generation_latency_p99",
              objective = 0.99,
              window = "1h",
              latencyThreshold = 3)
          void generationTook(String modelId, @Value Duration duration);
        """);
  }

  private static String generated(Compilation compilation, String file) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jarvis/prometheus/" + file)
        .orElseThrow(() -> new AssertionError(file + " was not generated"))
        .getCharContent(true)
        .toString();
  }

  private static String golden(String file) throws IOException {
    try (InputStream in =
        GoldenPrometheusFilesTest.class.getResourceAsStream("/golden/prometheus/" + file)) {
      if (in == null) {
        throw new AssertionError("no golden file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
