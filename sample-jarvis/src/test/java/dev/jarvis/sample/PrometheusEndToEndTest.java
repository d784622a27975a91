package dev.jarvis.sample;

import static dev.jarvis.sample.PrometheusPackage.ALERT_RULES;
import static dev.jarvis.sample.PrometheusPackage.SLO_RULES;
import static dev.jarvis.sample.PrometheusPackage.generated;
import static dev.jarvis.sample.PrometheusPackage.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.telemetry.runtime.metal.MetalMemory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the sample and a real Prometheus server that scrapes it every second and evaluates the
 * generated SLO and alert rules every second, then asks Prometheus, through its HTTP API, whether
 * the target is up, whether every metric family the catalog lists arrived, whether every rule
 * evaluates and every SLO recording rule returns a value, and whether every query of every
 * generated dashboard returns data.
 */
class PrometheusEndToEndTest {
  private static final String JOB = "jarvis-sample";
  private static final String METAL_MEMORY = "jarvis_model_metal_memory_bytes";
  private static final Duration READY_DEADLINE = Duration.ofSeconds(20);
  // Rates need two scrapes inside their window; the workload needs a few seconds to touch every
  // subsystem.
  private static final Duration DATA_DEADLINE = Duration.ofSeconds(40);
  private static final Duration POLL = Duration.ofMillis(500);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path folder;
  private RunningService service;
  private Process prometheus;
  private URI prometheusUri;

  @BeforeEach
  void startServiceAndPrometheus() throws Exception {
    Path server = PrometheusPackage.program("prometheus");
    service = ServiceWiring.start(new ServiceOptions(0, true));

    int port = freeLoopbackPort();
    prometheusUri = URI.create("http://127.0.0.1:" + port);
    Path config = folder.resolve("prometheus.yml");
    Files.writeString(config, configuration(service.baseUri()));
    prometheus =
        new ProcessBuilder(
                server.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + folder.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("prometheus.log").toFile())
            .start();
    awaitReady();
  }

  @AfterEach
  void stopBoth() throws Exception {
    try {
      if (prometheus != null) {
        prometheus.destroy();
        if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
          prometheus.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(prometheus.isAlive()).as("prometheus still running").isFalse();
      }
    } finally {
      if (service != null) {
        service.close();
      }
    }
  }

  @Test
  void prometheusScrapesEveryDeclaredMetricAndEvaluatesTheGeneratedRules() throws Exception {
    awaitTargetUp();

    Set<String> expected = expectedMetricFamilies();
    List<String> missing = await(() -> missingFamilies(expected));
    assertThat(missing).as("metric families Prometheus has not scraped").isEmpty();

    List<String> notOk = await(this::rulesNotOk);
    assertThat(notOk).as("rules not evaluated, or failing").isEmpty();

    Set<String> slos = new TreeSet<>();
    List<JsonNode> recordings = new ArrayList<>();
    long alerts = 0;
    for (JsonNode group : api("/api/v1/rules").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (rule.path("type").asText().equals("recording")) {
          recordings.add(rule);
          slos.add(rule.path("labels").path("slo").asText());
        } else {
          alerts++;
        }
      }
    }
    List<JsonNode> written = new ArrayList<>(rules(SLO_RULES));
    written.addAll(rules(ALERT_RULES));
    assertThat(recordings).hasSize((int) written.stream().filter(r -> r.has("record")).count());
    assertThat(alerts).isEqualTo(written.stream().filter(r -> r.has("alert")).count());
    assertThat(slos)
        .containsExactlyInAnyOrderElementsOf(
            written.stream()
                .filter(r -> r.has("record"))
                .map(r -> r.path("labels").path("slo").asText())
                .collect(Collectors.toSet()));

    List<String> withoutValue = await(() -> recordingsWithoutValue(recordings));
    assertThat(withoutValue).as("SLO recording rules without a value").isEmpty();

    List<String> empty = await(this::dashboardQueriesWithoutData);
    assertThat(empty).as("dashboard queries that return no data").isEmpty();
  }

  // Every query of every generated dashboard, with Grafana's interval variables set to windows
  // that hold a few of this test's scrapes; Prometheus rejecting one fails the test in api().
  // Metal GPU memory exists only on a Mac.
  private List<String> dashboardQueriesWithoutData() throws Exception {
    boolean metal = MetalMemory.forThisPlatform().isAvailable();
    List<String> without = new ArrayList<>();
    for (JsonNode dashboard : GrafanaDashboards.all()) {
      for (JsonNode panel : dashboard.path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          String expr =
              target
                  .path("expr")
                  .asText()
                  .replace("$__rate_interval", "15s")
                  .replace("$__range", "1m");
          if (query(expr).isEmpty() && (metal || !expr.contains(METAL_MEMORY))) {
            without.add(
                dashboard.path("uid").asText()
                    + " / "
                    + panel.path("title").asText()
                    + ": "
                    + expr);
          }
        }
      }
    }
    return without;
  }

  // The metric families the processor's catalog lists, as Prometheus names their series: a
  // counter with _total, a histogram by its _count. Metal GPU memory exists only on a Mac.
  private static Set<String> expectedMetricFamilies() throws IOException {
    Set<String> families = new TreeSet<>();
    for (CatalogMetric metric : CatalogMetric.all()) {
      families.add(metric.type().equals("histogram") ? metric.name() + "_count" : metric.name());
    }
    if (!MetalMemory.forThisPlatform().isAvailable()) {
      families.remove(METAL_MEMORY);
    }
    assertThat(families).hasSizeGreaterThanOrEqualTo(53);
    return families;
  }

  private List<String> missingFamilies(Set<String> expected) throws Exception {
    Set<String> present = new TreeSet<>();
    for (JsonNode series : query("group by (__name__) ({job=\"" + JOB + "\"})")) {
      present.add(series.path("metric").path("__name__").asText());
    }
    return expected.stream().filter(name -> !present.contains(name)).toList();
  }

  // A rule's value counts once it is a number: a ratio whose window saw no event yet is NaN.
  private List<String> recordingsWithoutValue(List<JsonNode> recordings) throws Exception {
    List<String> without = new ArrayList<>();
    for (JsonNode rule : recordings) {
      String series =
          rule.path("name").asText() + "{slo=\"" + rule.path("labels").path("slo").asText() + "\"}";
      JsonNode result = query(series);
      if (result.size() != 1 || !isNumber(result.get(0).path("value").path(1).asText())) {
        without.add(series + " = " + result);
      }
    }
    return without;
  }

  private static boolean isNumber(String value) {
    try {
      return Double.isFinite(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  // Health is "unknown" until a rule's first evaluation and "err" when it fails.
  private List<String> rulesNotOk() throws Exception {
    JsonNode groups = api("/api/v1/rules").path("groups");
    if (groups.isEmpty()) {
      return List.of("no rule group loaded");
    }
    List<String> notOk = new ArrayList<>();
    for (JsonNode group : groups) {
      for (JsonNode rule : group.path("rules")) {
        String health = rule.path("health").asText();
        if (!health.equals("ok")) {
          notOk.add(rule.path("name").asText() + " " + health + " " + rule.path("lastError"));
        }
      }
    }
    return notOk;
  }

  private void awaitTargetUp() throws Exception {
    String health =
        await(
            () -> {
              JsonNode targets = api("/api/v1/targets").path("activeTargets");
              for (JsonNode target : targets) {
                if (target.path("labels").path("job").asText().equals(JOB)
                    && target.path("health").asText().equals("up")) {
                  return "up";
                }
              }
              return null;
            });
    assertThat(health).as("the sample's target").isEqualTo("up");
  }

  private JsonNode query(String promql) throws Exception {
    JsonNode answer =
        api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    return answer.path("result");
  }

  private JsonNode api(String path) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(prometheusUri.resolve(path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("status").asText())
        .as(path + " answered " + response.body())
        .isEqualTo("success");
    return body.path("data");
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!prometheus.isAlive()) {
        fail("prometheus exited with " + prometheus.exitValue() + ": " + prometheusLog());
      }
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(prometheusUri.resolve("/-/ready")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(POLL.toMillis());
    }
    fail("prometheus was not ready within " + READY_DEADLINE + ": " + prometheusLog());
  }

  /**
   * Polls {@code check} until it returns an empty list or a non-null other value, or the deadline
   * passes; returns its last answer.
   */
  private <T> T await(Check<T> check) throws Exception {
    long deadline = System.nanoTime() + DATA_DEADLINE.toNanos();
    T answer = check.get();
    while (!done(answer) && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      answer = check.get();
    }
    return answer;
  }

  private static boolean done(Object answer) {
    return answer != null && !(answer instanceof List<?> list && !list.isEmpty());
  }

  @FunctionalInterface
  private interface Check<T> {
    T get() throws Exception;
  }

  private String prometheusLog() throws IOException {
    return Files.readString(folder.resolve("prometheus.log"));
  }

  private static String configuration(URI sample) {
    return """
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        rule_files:
          - %s
          - %s
        scrape_configs:
          - job_name: %s
            metrics_path: /metrics
            static_configs:
              - targets: ['%s']
        """
        .formatted(generated(SLO_RULES), generated(ALERT_RULES), JOB, sample.getAuthority());
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
