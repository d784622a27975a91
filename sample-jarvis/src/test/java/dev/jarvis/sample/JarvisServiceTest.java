package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Runs the service with its workload on a free port and checks, over real HTTP, that the workload
 * gives every declared metric data, that the exposition passes {@code promtool check metrics}, that
 * the system gauges read plausible figures, and that the service stops without leaving threads
 * behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JarvisServiceTest {
  private static final String TEXT_FORMAT = "text/plain; version=0.0.4";
  private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0";
  private static final Duration DATA_DEADLINE = Duration.ofSeconds(45);
  private static final Duration CPU_INTERVAL = Duration.ofSeconds(1);
  // The CPU ratio divides by uptime, which counts whole milliseconds: over CPU_INTERVAL that may
  // overstate a busy process by a fraction of a percent.
  private static final double CPU_CLOCK_SLACK = 1.01;

  private static final List<String> COUNTERS =
      List.of(
          "jarvis_api_requests_total",
          "jarvis_api_rate_limited_total",
          "jarvis_model_load_failed_total",
          "jarvis_generation_tokens_total",
          "jarvis_prefetch_predictions_total",
          "jarvis_prefetch_cost_saved_seconds_total",
          "jarvis_prefetch_resource_blocked_total",
          "jarvis_scheduler_items_total",
          "jarvis_scheduler_missed_schedules_total",
          "jarvis_websocket_messages_total",
          "jarvis_websocket_rate_limited_total",
          "jarvis_classifier_fallback_total",
          "jarvis_db_slow_queries_total",
          "jarvis_model_loads_total",
          "jarvis_generation_requests_total",
          "jarvis_prefetch_executions_total",
          "jarvis_scheduler_sends_total",
          "jarvis_websocket_connections_closed_total",
          "jarvis_classifier_model_calls_total",
          "jarvis_db_queries_total",
          "jarvis_imessage_reads_total");
  private static final List<String> HISTOGRAMS =
      List.of(
          "jarvis_api_request_duration_seconds",
          "jarvis_model_load_duration_seconds",
          "jarvis_generation_duration_seconds",
          "jarvis_prefetch_latency_seconds",
          "jarvis_scheduler_retries",
          "jarvis_scheduler_latency_seconds",
          "jarvis_websocket_connection_duration_seconds",
          "jarvis_websocket_generation_latency_seconds",
          "jarvis_classifier_inference_seconds",
          "jarvis_classifier_confidence",
          "jarvis_db_query_duration_seconds",
          "jarvis_websocket_message_duration_seconds",
          "jarvis_imessage_read_duration_seconds");
  private static final List<String> GAUGES =
      List.of(
          "jarvis_api_requests_inflight",
          "jarvis_model_loaded",
          "jarvis_model_memory_bytes",
          "jarvis_model_kv_cache_utilization_ratio",
          "jarvis_generation_tokens_per_second",
          "jarvis_generation_template_match_rate",
          "jarvis_prefetch_queue_size",
          "jarvis_prefetch_cache_hit_rate",
          "jarvis_scheduler_pending_items",
          "jarvis_websocket_connections",
          "jarvis_classifier_cache_hit_rate",
          "jarvis_db_connections_active",
          "jarvis_db_connections_max",
          "jarvis_process_memory_bytes",
          "jarvis_system_memory_available_bytes",
          "jarvis_process_cpu_ratio",
          "jarvis_process_open_fds",
          "jarvis_process_uptime_seconds",
          "jarvis_health_status");

  private static Set<Thread> threadsBefore;
  private static RunningService service;
  private static HttpClient client;

  @BeforeAll
  static void startService() throws Exception {
    threadsBefore = Thread.getAllStackTraces().keySet();
    service = ServiceWiring.start(new ServiceOptions(0, true));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  // The JDK's HttpClient keeps a daemon selector thread until it is collected; JDK 17 cannot
  // close it, so threads are checked by name and for being non-daemon.
  @AfterAll
  static void stopServiceLeavingNoThreads() throws InterruptedException {
    service.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    List<String> left = threadsLeft();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      left = threadsLeft();
    }
    assertThat(left).as("threads left after the service stopped").isEmpty();
  }

  @Test
  @Order(1)
  void workloadGivesEveryDeclaredMetricData() throws Exception {
    List<String> missing = metricsWithoutData(scrape(TEXT_FORMAT).body());
    long deadline = System.nanoTime() + DATA_DEADLINE.toNanos();
    while (!missing.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      missing = metricsWithoutData(scrape(TEXT_FORMAT).body());
    }

    // The 43 metrics of the roadmap's sections 3 and 7, and 10 its objectives of 6.1 and 2 need.
    assertThat(COUNTERS.size() + HISTOGRAMS.size() + GAUGES.size()).isEqualTo(53);
    assertThat(missing).as("metrics without data after %s", DATA_DEADLINE).isEmpty();
  }

  @Test
  @Order(2)
  @EnabledOnOs(OS.LINUX)
  void metalMemoryIsAbsentWithoutAMetalDevice() throws Exception {
    ScrapedMetrics metrics = new ScrapedMetrics(scrape(TEXT_FORMAT).body());

    assertThat(metrics.gaugePresent("jarvis_model_metal_memory_bytes")).isFalse();
  }

  @Test
  @Order(3)
  void textExpositionPassesPromtool() throws Exception {
    Path promtool = PrometheusPackage.program("promtool");
    HttpResponse<String> scrape = scrape(TEXT_FORMAT);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValue(TEXT_FORMAT + "; charset=utf-8");

    Process check =
        new ProcessBuilder(promtool.toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (OutputStream stdin = check.getOutputStream()) {
      stdin.write(scrape.body().getBytes(StandardCharsets.UTF_8));
    }
    String findings = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(findings).as("promtool findings").isBlank();
    assertThat(check.exitValue()).isZero();
  }

  @Test
  @Order(4)
  @EnabledOnOs(OS.LINUX)
  void systemGaugesReadThisProcess() throws Exception {
    scrape(TEXT_FORMAT);
    Thread.sleep(CPU_INTERVAL.toMillis());
    ScrapedMetrics metrics = new ScrapedMetrics(scrape(TEXT_FORMAT).body());

    double vms = valueOf(metrics, processMemory("vms"));
    assertThat(valueOf(metrics, processMemory("rss"))).isPositive().isLessThanOrEqualTo(vms);
    for (String type : List.of("shared", "text", "data")) {
      assertThat(valueOf(metrics, processMemory(type))).as(type).isPositive().isLessThan(vms);
    }
    assertThat(valueOf(metrics, "jarvis_system_memory_available_bytes")).isPositive();
    assertThat(valueOf(metrics, "jarvis_process_open_fds")).isPositive();
    assertThat(valueOf(metrics, "jarvis_process_uptime_seconds")).isPositive();
    assertThat(valueOf(metrics, "jarvis_process_cpu_ratio"))
        .isBetween(0.0, Runtime.getRuntime().availableProcessors() * CPU_CLOCK_SLACK);
  }

  @Test
  @Order(5)
  void servesOpenMetricsWhenAskedForIt() throws Exception {
    HttpResponse<String> scrape = scrape(OPENMETRICS);

    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/openmetrics-text"));
    assertThat(scrape.body()).contains("# TYPE jarvis_api_requests counter").endsWith("# EOF\n");
  }

  @Test
  @Order(6)
  void healthReportsTheFourComponents() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(service.baseUri().resolve("/health")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode health = new ObjectMapper().readTree(response.body());

    assertThat(response.statusCode()).isIn(200, 503);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    List<String> components = new ArrayList<>();
    health.path("components").fieldNames().forEachRemaining(components::add);
    assertThat(components).containsExactly("imessage", "model", "permissions", "memory");
    for (String component : components) {
      assertThat(health.path("components").path(component).path("status").asText())
          .isIn("healthy", "degraded", "unhealthy");
    }
    assertThat(health.path("status").asText())
        .isIn(response.statusCode() == 503 ? List.of("unhealthy") : List.of("healthy", "degraded"));
  }

  private static List<String> metricsWithoutData(String exposition) {
    ScrapedMetrics metrics = new ScrapedMetrics(exposition);
    List<String> missing = new ArrayList<>();
    COUNTERS.stream().filter(name -> !metrics.counterCounted(name)).forEach(missing::add);
    HISTOGRAMS.stream().filter(name -> !metrics.histogramObserved(name)).forEach(missing::add);
    GAUGES.stream().filter(name -> !metrics.gaugePresent(name)).forEach(missing::add);
    return missing;
  }

  private static String processMemory(String type) {
    return "jarvis_process_memory_bytes{type=\"" + type + "\"}";
  }

  private static double valueOf(ScrapedMetrics metrics, String series) {
    OptionalDouble value = metrics.value(series);
    assertThat(value).as(series).isPresent();
    return value.getAsDouble();
  }

  private static HttpResponse<String> scrape(String accept)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(service.baseUri().resolve("/metrics"))
                .header("Accept", accept)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }

  private static List<String> threadsLeft() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !threadsBefore.contains(thread) && thread.isAlive())
        .filter(
            thread -> !thread.isDaemon() || thread.getName().startsWith(NamedThreadFactory.PREFIX))
        .map(Thread::getName)
        .sorted()
        .toList();
  }
}
