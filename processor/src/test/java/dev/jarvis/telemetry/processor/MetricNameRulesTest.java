package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of appendix 11.1 and of {@code promtool check metrics} for metric names. Each finding
 * must land on the {@code name} value and suggest the whole corrected name.
 */
class MetricNameRulesTest {

  @ParameterizedTest(name = "{0} becomes {1}")
  @CsvSource({
    "jarvis_api_requestsTotal, jarvis_api_requests_total",
    "Jarvis_API_Requests_total, jarvis_api_requests_total",
    "jarvis:api_requests_total, jarvis_api_requests_total",
    "jarvis-api-requests-total, jarvis_api_requests_total",
    "jarvis_api__requests_total, jarvis_api_requests_total",
    "jarvis_api_requests_total_, jarvis_api_requests_total",
  })
  void nameNotInSnakeCaseIsRejectedWithTheSnakeCaseName(String name, String suggestion) {
    JavaFileObject source = counterNamed(name);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M001] metric name '"
                + name
                + "' must be lower snake_case ([a-z][a-z0-9_]*, no ':' and no double or trailing"
                + " '_'): write '"
                + suggestion
                + "'")
        .inFile(source)
        .onLineContaining("name = \"" + name + "\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M001");
  }

  @Test
  void nameWithoutThePrefixIsRejectedWithThePrefixedName() {
    JavaFileObject source = counterNamed("api_requests_total");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M002] metric name 'api_requests_total' must start with the application"
                + " prefix 'jarvis_': write 'jarvis_api_requests_total'")
        .inFile(source)
        .onLineContaining("name = \"api_requests_total\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M002");
  }

  @Test
  void prefixOptionReplacesJarvis() {
    Compilation compilation =
        compile(List.of("-Ajarvis.prefix=acme"), counterNamed("acme_api_requests_total"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void undeclaredSubsystemIsRejectedWithTheDeclaredOnes() {
    JavaFileObject source = counterNamed("jarvis_billing_invoices_total");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M003] metric name 'jarvis_billing_invoices_total' must follow"
                + " jarvis_{subsystem}_{metric}_{unit} with a declared subsystem (api, model,"
                + " generation, prefetch, scheduler, websocket, classifier, db, health);"
                + " 'billing' is not one")
        .inFile(source)
        .onLineContaining("name = \"jarvis_billing_invoices_total\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M003");
  }

  @Test
  void subsystemsOptionDeclaresSubsystems() {
    Compilation compilation =
        compile(
            List.of("-Ajarvis.subsystems=billing, api"),
            counterNamed("jarvis_billing_invoices_total"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void subsystemsOptionReplacesTheRoadmapSubsystems() {
    JavaFileObject source = counterNamed("jarvis_api_requests_total");

    Compilation compilation = compile(List.of("-Ajarvis.subsystems=billing"), source);

    assertThat(compilation)
        .hadErrorContaining("with a declared subsystem (billing); 'api' is not one")
        .inFile(source)
        .onLineContaining("name = \"jarvis_api_requests_total\"");
  }

  @Test
  void counterWithoutTotalIsRejectedWithTheTotalName() {
    JavaFileObject source = counterNamed("jarvis_api_requests");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M004] counter name 'jarvis_api_requests' must end in '_total': write"
                + " 'jarvis_api_requests_total'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_api_requests\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M004");
  }

  @Test
  void totalOnGaugeIsRejectedWithoutTotal() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_requests_inflight_total",
                  type = GAUGE,
                  help = "Current in-flight requests")
              InFlight requestStarted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M005] only counters end in '_total'; gauge"
                + " 'jarvis_api_requests_inflight_total' must not: write"
                + " 'jarvis_api_requests_inflight'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_api_requests_inflight_total\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M005");
  }

  @Test
  void totalOnHistogramIsRejectedWithoutTotal() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_request_duration_seconds_total",
                  type = HISTOGRAM,
                  help = "API request latency")
              void requestTook(@Value Duration latency);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M005] only counters end in '_total'; histogram"
                + " 'jarvis_api_request_duration_seconds_total' must not: write"
                + " 'jarvis_api_request_duration_seconds'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_api_request_duration_seconds_total\"");
  }

  @ParameterizedTest(name = "{1} {0} becomes {3}")
  @CsvSource({
    "jarvis_model_memory_mb, GAUGE, mb, jarvis_model_memory_bytes, in bytes",
    "jarvis_model_memory_kib, GAUGE, kib, jarvis_model_memory_bytes, in bytes",
    "jarvis_db_query_duration_ms, HISTOGRAM, ms, jarvis_db_query_duration_seconds, in seconds",
    "jarvis_db_query_duration_millis, HISTOGRAM, millis, jarvis_db_query_duration_seconds,"
        + " in seconds",
    "jarvis_prefetch_cache_hit_percent, GAUGE, percent, jarvis_prefetch_cache_hit_ratio,"
        + " as a ratio (a percentage divided by 100)",
    "jarvis_generation_busy_minutes_total, COUNTER, minutes,"
        + " jarvis_generation_busy_seconds_total, in seconds",
  })
  void nonBaseUnitIsRejectedWithTheBaseUnitName(
      String name, String type, String unit, String suggestion, String howToRecord) {
    JavaFileObject source = metricNamed(name, type);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M006] metric name '"
                + name
                + "' uses the unit '"
                + unit
                + "'; metrics use base units (seconds, bytes, ratio): write '"
                + suggestion
                + "' and record the value "
                + howToRecord)
        .inFile(source)
        .onLineContaining("name = \"" + name + "\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M006");
  }

  @ParameterizedTest(name = "{0} becomes {2}")
  @CsvSource({
    "jarvis_db_connections_count, _count, jarvis_db_connections",
    "jarvis_db_pool_sum, _sum, jarvis_db_pool",
    "jarvis_db_pool_bucket, _bucket, jarvis_db_pool",
    "jarvis_db_pool_created, _created, jarvis_db_pool",
    "jarvis_health_build_info, _info, jarvis_health_build",
  })
  void reservedSuffixIsRejectedWithoutIt(String name, String suffix, String suggestion) {
    JavaFileObject source = gaugeNamed(name);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M007] metric name '"
                + name
                + "' ends in '"
                + suffix
                + "', which Prometheus reserves for the series it derives from histograms and"
                + " counters: write '"
                + suggestion
                + "'")
        .inFile(source)
        .onLineContaining("name = \"" + name + "\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M007");
  }

  @Test
  void missingHelpIsReportedOnTheAnnotation() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER)
              void requestCompleted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M008] metric 'jarvis_api_requests_total' needs a help text: set help ="
                + " \"what it measures\"")
        .inFile(source)
        .onLineContaining("@JarvisMetric(name = \"jarvis_api_requests_total\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M008");
  }

  @Test
  void blankHelpIsReportedOnTheHelpValue() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_requests_total",
                  type = COUNTER,
                  help = "  ")
              void requestCompleted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-M008] metric 'jarvis_api_requests_total' needs a help text")
        .inFile(source)
        .onLineContaining("help = \"  \"");
  }

  @Test
  void subsystemAloneIsRejected() {
    JavaFileObject source = gaugeNamed("jarvis_api");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M010] metric name 'jarvis_api' has a subsystem but no metric part: write"
                + " jarvis_api_{metric}_{unit}")
        .inFile(source)
        .onLineContaining("name = \"jarvis_api\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M010");
  }

  @Test
  void counterOfSubsystemAndTotalAloneIsRejected() {
    JavaFileObject source = counterNamed("jarvis_db_total");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M010] metric name 'jarvis_db_total' has a subsystem but no metric part:"
                + " write jarvis_db_{metric}_{unit}")
        .inFile(source)
        .onLineContaining("name = \"jarvis_db_total\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M010");
  }

  @Test
  void typeInNameIsRejectedWithoutIt() {
    JavaFileObject source = gaugeNamed("jarvis_db_connections_gauge");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M011] metric name 'jarvis_db_connections_gauge' repeats its type 'gauge';"
                + " the type is metadata, not part of the name: write 'jarvis_db_connections'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_db_connections_gauge\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M011");
  }

  @Test
  void everyFindingOfOneNameSuggestsTheSameCorrectedName() {
    Compilation compilation = compile(counterNamed("jarvis_api_latency_ms_counter"));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M011", "JARVIS-M004").inOrder();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(Locale.ROOT))
          .contains("write 'jarvis_api_latency_seconds_total'");
    }
  }

  private static JavaFileObject counterNamed(String name) {
    return subsystem(
        "ApiMetrics",
        """
          @JarvisMetric(
              name = "%s",
              type = COUNTER,
              help = "Total API requests")
          void requestCompleted();
        """
            .formatted(name));
  }

  /** A metric of any type with a value; a histogram gets buckets, as its unit is not seconds. */
  private static JavaFileObject metricNamed(String name, String type) {
    String buckets = type.equals("HISTOGRAM") ? ",\n      buckets = {0.5, 1, 5}" : "";
    return subsystem(
        "UnitMetrics",
        """
          @JarvisMetric(
              name = "%s",
              type = %s,
              help = "A measurement"%s)
          void measured(@Value double value);
        """
            .formatted(name, type, buckets));
  }

  private static JavaFileObject gaugeNamed(String name) {
    return subsystem(
        "DbMetrics",
        """
          @JarvisMetric(
              name = "%s",
              type = GAUGE,
              help = "A database measurement")
          void measured(@Value double value);
        """
            .formatted(name));
  }
}
