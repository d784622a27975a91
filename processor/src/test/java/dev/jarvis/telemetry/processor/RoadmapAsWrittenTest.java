package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.camelCase;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compiles the metrics of the roadmap's section 3 exactly as the roadmap writes them, with the
 * subsystems the sample declares. The nine the sample renames must each fail with the error that
 * explains the rename; every other one must compile as written.
 */
class RoadmapAsWrittenTest {

  /** The sample's subsystems: appendix 11.1 plus the {@code process} and {@code system} of 3.1. */
  private static final List<String> SAMPLE_OPTIONS =
      List.of(
          "-Ajarvis.subsystems=api,model,generation,prefetch,scheduler,websocket,classifier,db,"
              + "health,process,system");

  private static final String SAMPLE_SUBSYSTEMS =
      "(api, model, generation, prefetch, scheduler, websocket, classifier, db, health, process,"
          + " system)";

  @Test
  @DisplayName("jarvis_kv_cache_utilization: 'kv' is not a subsystem")
  void kvCacheUtilization() {
    JavaFileObject source =
        asWritten(
            "jarvis_kv_cache_utilization",
            "GAUGE",
            "KV cache utilization (0-1)",
            "void kvCacheUtilization(String modelId, @Value double utilization)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M003");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M003] metric name 'jarvis_kv_cache_utilization' must follow"
                + " jarvis_{subsystem}_{metric}_{unit} with a declared subsystem "
                + SAMPLE_SUBSYSTEMS
                + "; 'kv' is not one")
        .inFile(source)
        .onLineContaining("name = \"jarvis_kv_cache_utilization\"");
  }

  @Test
  @DisplayName("jarvis_metal_memory_bytes: 'metal' is not a subsystem")
  void metalMemoryBytes() {
    JavaFileObject source =
        asWritten(
            "jarvis_metal_memory_bytes",
            "GAUGE",
            "Apple Metal GPU memory usage",
            "void metalMemory(@Value long bytes)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M003");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-M003] metric name 'jarvis_metal_memory_bytes'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_metal_memory_bytes\"");
    assertThat(compilation).hadErrorContaining("; 'metal' is not one");
  }

  @Test
  @DisplayName("jarvis_template_match_rate: 'template' is not a subsystem")
  void templateMatchRate() {
    JavaFileObject source =
        asWritten(
            "jarvis_template_match_rate",
            "GAUGE",
            "Template match ratio (0-1)",
            "void templateMatchRate(@Value double rate)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M003");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-M003] metric name 'jarvis_template_match_rate'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_template_match_rate\"");
    assertThat(compilation).hadErrorContaining("; 'template' is not one");
  }

  @Test
  @DisplayName("jarvis_prefetch_cost_saved_ms: milliseconds, and a counter without _total")
  void prefetchCostSavedMs() {
    JavaFileObject source =
        asWritten(
            "jarvis_prefetch_cost_saved_ms",
            "COUNTER",
            "Cumulative latency saved by prefetching",
            "void costSaved(@Value long milliseconds)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M006", "JARVIS-M004").inOrder();
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M006] metric name 'jarvis_prefetch_cost_saved_ms' uses the unit 'ms';"
                + " metrics use base units (seconds, bytes, ratio): write"
                + " 'jarvis_prefetch_cost_saved_seconds_total' and record the value in seconds")
        .inFile(source)
        .onLineContaining("name = \"jarvis_prefetch_cost_saved_ms\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M004] counter name 'jarvis_prefetch_cost_saved_ms' must end in '_total':"
                + " write 'jarvis_prefetch_cost_saved_seconds_total'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_prefetch_cost_saved_ms\"");
  }

  /**
   * Besides the reserved suffix, the roadmap gives this histogram of attempts no buckets, so the
   * default buckets in seconds would apply to a count: B004 is part of the error it gets.
   */
  @Test
  @DisplayName("jarvis_scheduler_retry_count: _count is reserved, and no buckets for a count")
  void schedulerRetryCount() {
    JavaFileObject source =
        asWritten(
            "jarvis_scheduler_retry_count",
            "HISTOGRAM",
            "Distribution of retry attempts",
            "void retried(@Value int attempts)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M007", "JARVIS-B004").inOrder();
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M007] metric name 'jarvis_scheduler_retry_count' ends in '_count', which"
                + " Prometheus reserves for the series it derives from histograms and counters:"
                + " write 'jarvis_scheduler_retry'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_scheduler_retry_count\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-B004] histogram 'jarvis_scheduler_retry_count' is not in" + " seconds")
        .inFile(source)
        .onLineContaining("@JarvisMetric(");
  }

  @Test
  @DisplayName("jarvis_scheduler_missed_schedules: a counter without _total")
  void schedulerMissedSchedules() {
    JavaFileObject source =
        asWritten(
            "jarvis_scheduler_missed_schedules",
            "COUNTER",
            "Schedules missed (overdue > threshold)",
            "void scheduleMissed()");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M004");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M004] counter name 'jarvis_scheduler_missed_schedules' must end in"
                + " '_total': write 'jarvis_scheduler_missed_schedules_total'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_scheduler_missed_schedules\"");
  }

  @Test
  @DisplayName("jarvis_websocket_rate_limited_total{client_id_hash}: an identifier in a label")
  void websocketRateLimitedTotal() {
    JavaFileObject source =
        asWritten(
            "jarvis_websocket_rate_limited_total",
            "COUNTER",
            "Per-client rate limit hits",
            "void rateLimited(String clientIdHash)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-P001");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-P001] label 'client_id_hash' puts a per-person or per-conversation"
                + " identifier into metric series, hashed or not; rule 11.3 keeps identifiers out"
                + " of labels: record it on an event instead")
        .inFile(source)
        .onLineContaining("String clientIdHash");
  }

  @Test
  @DisplayName("jarvis_process_cpu_percent: percent is not a base unit")
  void processCpuPercent() {
    JavaFileObject source =
        asWritten(
            "jarvis_process_cpu_percent",
            "GAUGE",
            "Process CPU utilization",
            "void processCpu(@Value double percent)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M006");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M006] metric name 'jarvis_process_cpu_percent' uses the unit 'percent';"
                + " metrics use base units (seconds, bytes, ratio): write"
                + " 'jarvis_process_cpu_ratio' and record the value as a ratio (a percentage divided by 100)")
        .inFile(source)
        .onLineContaining("name = \"jarvis_process_cpu_percent\"");
  }

  @Test
  @DisplayName("jarvis_uptime_seconds: 'uptime' is not a subsystem, and a counter without _total")
  void uptimeSeconds() {
    JavaFileObject source =
        asWritten(
            "jarvis_uptime_seconds",
            "COUNTER",
            "Process uptime",
            "void uptime(@Value double seconds)");

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M003", "JARVIS-M004").inOrder();
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-M003] metric name 'jarvis_uptime_seconds'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_uptime_seconds\"");
    assertThat(compilation).hadErrorContaining("; 'uptime' is not one");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M004] counter name 'jarvis_uptime_seconds' must end in '_total': write"
                + " 'jarvis_uptime_seconds_total'")
        .inFile(source)
        .onLineContaining("name = \"jarvis_uptime_seconds\"");
  }

  /**
   * The other 34 metrics of section 3, with their labels as {@code String} parameters and their
   * buckets where the roadmap gives some, compile as written: the nine above are all the renames.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jarvis_api_requests_total | COUNTER | method endpoint status_code | ",
        "jarvis_api_request_duration_seconds | HISTOGRAM | method endpoint"
            + " | 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0",
        "jarvis_api_requests_inflight | GAUGE | method endpoint | ",
        "jarvis_api_rate_limited_total | COUNTER | endpoint | ",
        "jarvis_model_loaded | GAUGE | model_id device | ",
        "jarvis_model_memory_bytes | GAUGE | model_id memory_type | ",
        "jarvis_model_load_duration_seconds | HISTOGRAM | model_id | ",
        "jarvis_generation_tokens_total | COUNTER | model_id finish_reason | ",
        "jarvis_generation_tokens_per_second | GAUGE | model_id | ",
        "jarvis_generation_duration_seconds | HISTOGRAM | model_id used_template"
            + " | 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0",
        "jarvis_prefetch_predictions_total | COUNTER | prediction_type result | ",
        "jarvis_prefetch_queue_size | GAUGE | | ",
        "jarvis_prefetch_latency_seconds | HISTOGRAM | prediction_type | ",
        "jarvis_prefetch_cache_hit_rate | GAUGE | tier | ",
        "jarvis_prefetch_resource_blocked_total | COUNTER | resource | ",
        "jarvis_scheduler_items_total | COUNTER | status | ",
        "jarvis_scheduler_pending_items | GAUGE | | ",
        "jarvis_scheduler_latency_seconds | HISTOGRAM | operation | ",
        "jarvis_websocket_connections | GAUGE | status | ",
        "jarvis_websocket_connection_duration_seconds | HISTOGRAM | | ",
        "jarvis_websocket_messages_total | COUNTER | direction message_type | ",
        "jarvis_websocket_generation_latency_seconds | HISTOGRAM | streaming | ",
        "jarvis_classifier_inference_seconds | HISTOGRAM | classifier method | ",
        "jarvis_classifier_cache_hit_rate | GAUGE | classifier | ",
        "jarvis_classifier_confidence | HISTOGRAM | classifier category"
            + " | 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0",
        "jarvis_classifier_fallback_total | COUNTER | classifier reason | ",
        "jarvis_db_query_duration_seconds | HISTOGRAM | operation table"
            + " | 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0",
        "jarvis_db_connections_active | GAUGE | | ",
        "jarvis_db_connections_max | GAUGE | | ",
        "jarvis_db_slow_queries_total | COUNTER | operation table | ",
        "jarvis_process_memory_bytes | GAUGE | type | ",
        "jarvis_system_memory_available_bytes | GAUGE | | ",
        "jarvis_process_open_fds | GAUGE | | ",
        "jarvis_health_status | GAUGE | component | ",
      })
  void everyOtherMetricCompilesAsWritten(String name, String type, String labels, String buckets) {
    String parameters =
        labels == null
            ? ""
            : Arrays.stream(labels.split(" "))
                .map(label -> "String " + camelCase(label))
                .collect(Collectors.joining(", "));
    if (!type.equals("COUNTER")) {
      parameters += (parameters.isEmpty() ? "" : ", ") + "@Value double value";
    }
    String bucketsElement = buckets == null ? "" : ", buckets = {" + buckets + "}";
    JavaFileObject source =
        subsystem(
            "RoadmapMetrics",
            """
              @JarvisMetric(name = "%s", type = %s, help = "As in section 3"%s)
              void recorded(%s);
            """
                .formatted(name, type, bucketsElement, parameters));

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
  }

  private static Compilation compile(JavaFileObject source) {
    return Compilations.compile(SAMPLE_OPTIONS, source);
  }

  /** One metric declared with the roadmap's name, type and description. */
  private static JavaFileObject asWritten(
      String name, String type, String description, String method) {
    return subsystem(
        "RoadmapMetrics",
        """
          @JarvisMetric(
              name = "%s",
              type = %s,
              help = "%s")
          %s;
        """
            .formatted(name, type, description, method));
  }
}
