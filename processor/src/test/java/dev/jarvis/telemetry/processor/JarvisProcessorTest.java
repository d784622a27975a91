package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.source;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What holds across all rules: every error of a compilation is reported in one pass, an interface
 * in error gets no recorder, and a correct interface compiles without a warning from the processor
 * or about the code it generates.
 */
class JarvisProcessorTest {

  /** The start of the warning javac's processing lint gives for every round's annotations. */
  private static final String JAVAC_UNCLAIMED_ANNOTATIONS =
      "No processor claimed any of these annotations: ";

  private static final JavaFileObject THREE_FAULTS =
      subsystem(
          "PrefetchMetrics",
          """
            @JarvisMetric(
                name = "jarvis_prefetch_evictions",
                type = COUNTER,
                help = "Prefetch cache evictions")
            void evicted();

            @JarvisMetric(
                name = "jarvis_prefetch_predictions_total",
                type = COUNTER,
                help = "Prefetch prediction outcomes")
            void predicted(
                String userId);

            @JarvisMetric(
                name = "jarvis_prefetch_queue_size",
                type = GAUGE,
                help = "Current prefetch queue depth",
                buckets = {1, 10, 100})
            void queueSize(@Value int size);
          """);

  private static final JavaFileObject HEALTH_METRICS =
      subsystem(
          "HealthMetrics",
          """
            @JarvisMetric(name = "jarvis_health_checks_total", type = COUNTER, help = "Checks run")
            void checked();
          """);

  @Test
  void everyFaultOfAnInterfaceIsReportedInOnePass() {
    Compilation compilation = compile(THREE_FAULTS);

    assertThat(compilation).hadErrorCount(3);
    assertThat(errorIds(compilation))
        .containsExactly("JARVIS-M004", "JARVIS-P001", "JARVIS-B005")
        .inOrder();
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-M004]")
        .inFile(THREE_FAULTS)
        .onLineContaining("name = \"jarvis_prefetch_evictions\"");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-P001]")
        .inFile(THREE_FAULTS)
        .onLineContaining("String userId");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-B005]")
        .inFile(THREE_FAULTS)
        .onLineContaining("buckets = {1, 10, 100}");
  }

  @Test
  void interfaceInErrorGetsNoRecorderWhileOthersDo() {
    WatchedJarvisProcessor processor = new WatchedJarvisProcessor();

    Compilation compilation = compile(processor, THREE_FAULTS, HEALTH_METRICS);

    assertThat(compilation).failed();
    assertThat(processor.createdSources()).containsExactly(recorderOf("HealthMetrics"));
  }

  /**
   * The roadmap's API metrics, declared as the rules want them, compile with every lint of javac on
   * and no diagnostic but javac's own warnings that no processor claimed the annotations of the
   * sources and of the generated recorder: no warning from the processor, and none from javac about
   * the generated code.
   */
  @Test
  void correctInterfaceCompilesWithoutAnyDiagnostic() {
    JavaFileObject httpMethod =
        source(
            "HttpMethod",
            """
            package demo;

            import dev.jarvis.telemetry.annotations.LabelValue;

            public enum HttpMethod {
              @LabelValue("GET") GET,
              @LabelValue("POST") POST,
              @LabelValue("DELETE") DELETE
            }
            """);
    JavaFileObject endpoint =
        source(
            "Endpoint",
            "package demo; public enum Endpoint { GENERATION, HEALTH, CONVERSATIONS, SETTINGS }");
    JavaFileObject api =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_requests_total",
                  type = COUNTER,
                  help = "Total API requests")
              void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);

              @JarvisMetric(
                  name = "jarvis_api_request_duration_seconds",
                  type = HISTOGRAM,
                  help = "API request latency",
                  buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0})
              void requestTook(HttpMethod method, Endpoint endpoint, @Value Duration latency);

              @JarvisMetric(
                  name = "jarvis_api_requests_inflight",
                  type = GAUGE,
                  help = "Current in-flight requests")
              InFlight requestStarted(HttpMethod method, Endpoint endpoint);

              @JarvisMetric(
                  name = "jarvis_api_rate_limited_total",
                  type = COUNTER,
                  help = "Rate limited request count")
              void rateLimited(Endpoint endpoint);
            """);

    Compilation compilation = compile(List.of("-Xlint:all"), httpMethod, endpoint, api);

    assertThat(compilation).succeeded();
    assertThat(
            compilation.warnings().stream()
                .map(warning -> warning.getMessage(Locale.ROOT))
                .filter(message -> !message.startsWith(JAVAC_UNCLAIMED_ANNOTATIONS)))
        .isEmpty();
    assertThat(compilation.notes()).isEmpty();
    assertThat(compilation).generatedSourceFile(recorderOf("ApiMetrics")).isNotNull();
  }

  /**
   * Two names that differ only in where an underscore falls before a digit are two metrics; their
   * recorder fields must differ too.
   */
  @Test
  void namesThatDifferBeforeADigitGetARecorderThatCompiles() {
    Compilation compilation =
        compile(
            subsystem(
                "ModelMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_model_llama_3_loads_total", type = COUNTER, help = "Loads")
                  void llama3Loaded();

                  @JarvisMetric(
                      name = "jarvis_model_llama3_loads_total", type = COUNTER, help = "Loads")
                  void llamaLoaded();
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * The recorder is a top-level class, so it cannot name an enum that is private to the class the
   * interface is nested in. The processor must say so on the parameter instead of writing a
   * recorder that javac then rejects.
   */
  @Test
  void labelEnumTheRecorderCannotSeeIsReportedByTheProcessor() {
    JavaFileObject source =
        source(
            "Gateway",
            """
            package demo;

            import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;

            import dev.jarvis.telemetry.annotations.JarvisMetric;

            public class Gateway {
              private enum Route { INTERNAL, PUBLIC }

              interface ApiMetrics {
                @JarvisMetric(
                    name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                void requestCompleted(Route route);
              }
            }
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContainingMatch("\\[JARVIS-[A-Z][0-9]{3}]")
        .inFile(source)
        .onLineContaining("void requestCompleted(Route route)");
    assertThat(errorIds(compilation)).hasSize(compilation.errors().size());
  }
}
