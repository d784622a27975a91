package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value parameter and the return type of a method must fit its metric type: what a counter
 * adds, what a gauge sets or reads, what a histogram observes.
 */
class ShapeRulesTest {

  @Test
  void histogramWithoutValueIsRejectedOnTheMethod() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_request_duration_seconds",
                  type = HISTOGRAM,
                  help = "API request latency")
              void requestTook(String endpoint);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-S001] histogram 'jarvis_api_request_duration_seconds' needs the measured"
                + " value: add a parameter marked @Value (int, long or double to observe, or a"
                + " Duration in seconds)")
        .inFile(source)
        .onLineContaining("void requestTook(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-S001");
  }

  @Test
  void voidGaugeWithoutValueIsRejectedWithTheInFlightAlternative() {
    JavaFileObject source =
        subsystem(
            "SchedulerMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_scheduler_pending_items",
                  type = GAUGE,
                  help = "Currently scheduled items")
              void pendingItems();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-S001] gauge 'jarvis_scheduler_pending_items' needs the measured value: add a"
                + " parameter marked @Value (int, long or double to set, a Duration in seconds, or"
                + " a DoubleSupplier read at scrape time; or return InFlight instead)")
        .inFile(source)
        .onLineContaining("void pendingItems(");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-S001");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "COUNTER, java.util.function.DoubleSupplier, counter, jarvis_generation_tokens_total,"
        + " 'int, long or double to add, or a Duration in seconds'",
    "COUNTER, java.lang.String, counter, jarvis_generation_tokens_total,"
        + " 'int, long or double to add, or a Duration in seconds'",
    "HISTOGRAM, java.lang.Long, histogram, jarvis_generation_duration_seconds,"
        + " 'int, long or double to observe, or a Duration in seconds'",
    "GAUGE, boolean, gauge, jarvis_generation_tokens_per_second,"
        + " 'int, long or double to set, a Duration in seconds, or a DoubleSupplier read at"
        + " scrape time; or return InFlight instead'",
  })
  void valueOfUnsupportedTypeIsRejectedOnTheParameter(
      String type, String valueType, String typeName, String name, String allowed) {
    JavaFileObject source =
        subsystem(
            "GenerationMetrics",
            """
              @JarvisMetric(
                  name = "%s",
                  type = %s,
                  help = "A generation measurement")
              void measured(
                  @Value %s amount);
            """
                .formatted(name, type, valueType));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-S002] @Value parameter 'amount' of "
                + typeName
                + " '"
                + name
                + "' has type "
                + valueType
                + "; it must be "
                + allowed)
        .inFile(source)
        .onLineContaining("@Value " + valueType + " amount");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-S002");
  }

  @Test
  void secondValueIsRejectedOnTheSecondParameter() {
    JavaFileObject source =
        subsystem(
            "GenerationMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_generation_tokens_total",
                  type = COUNTER,
                  help = "Total tokens generated")
              void tokensGenerated(
                  @Value long promptTokens,
                  @Value long completionTokens);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-S003] parameter 'completionTokens' is a second @Value; a metric records one"
                + " value per call")
        .inFile(source)
        .onLineContaining("@Value long completionTokens");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-S003");
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jarvis_api_requests_total | COUNTER | int | ''",
        "jarvis_api_requests_total | COUNTER | InFlight | ''",
        "jarvis_api_requests_inflight | GAUGE | InFlight | @Value double current",
        "jarvis_api_requests_inflight | GAUGE | AutoCloseable | ''",
      })
  void unsupportedReturnTypeIsRejectedOnTheMethod(
      String name, String type, String returnType, String parameters) {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "%s",
                  type = %s,
                  help = "API requests")
              %s requestStarted(%s);
            """
                .formatted(name, type, returnType, parameters));

    Compilation compilation = compile(source);

    String printedType = returnType.equals("int") ? "int" : qualified(returnType);
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-S004] method requestStarted returns "
                + printedType
                + "; recording methods return void; only a gauge without @Value may return"
                + " InFlight, to count work while it runs")
        .inFile(source)
        .onLineContaining(" requestStarted(");
    assertThat(errorIds(compilation)).contains("JARVIS-S004");
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource({
    "jarvis_api_last_request_age, GAUGE, jarvis_api_last_request_age_seconds",
    "jarvis_generation_busy_time_total, COUNTER, jarvis_generation_busy_time_seconds_total",
  })
  void durationWithoutSecondsInTheNameIsRejectedOnTheValue(
      String name, String type, String suggestion) {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "%s",
                  type = %s,
                  help = "A duration")
              void measured(
                  @Value Duration duration);
            """
                .formatted(name, type));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-S005] '"
                + name
                + "' records a Duration, which is written in seconds, but its name has no"
                + " '_seconds' unit: write '"
                + suggestion
                + "'")
        .inFile(source)
        .onLineContaining("@Value Duration duration");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-S005");
  }

  /**
   * The name rules suggest one corrected name so that one edit fixes every finding; the Duration
   * rule must suggest the same name, not append '_seconds' to the millisecond unit.
   */
  @Test
  void durationRuleAgreesWithTheBaseUnitRuleOnTheCorrectedName() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_request_duration_ms",
                  type = HISTOGRAM,
                  help = "API request latency",
                  buckets = {5, 50, 500})
              void requestTook(@Value Duration latency);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-M006]")
        .inFile(source)
        .onLineContaining("name = \"jarvis_api_request_duration_ms\"");
    assertThat(compilation).hadErrorContaining("write 'jarvis_api_request_duration_seconds' and");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-S005]")
        .inFile(source)
        .onLineContaining("@Value Duration latency");
    assertThat(compilation).hadErrorContaining("unit: write 'jarvis_api_request_duration_seconds'");
  }

  private static String qualified(String simpleName) {
    return simpleName.equals("InFlight")
        ? "dev.jarvis.telemetry.runtime.InFlight"
        : "java.lang." + simpleName;
  }
}
