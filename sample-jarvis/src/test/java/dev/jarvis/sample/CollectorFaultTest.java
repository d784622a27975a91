package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the service with its workload and an OTLP endpoint that is down (nothing listens) or slow
 * (it accepts connections and never answers): the service keeps answering, the spans it cannot
 * deliver are counted in {@code jarvis_telemetry_spans_dropped_total}, and the exporter's threads
 * stay few. The batch processor is configured small and fast so that both happen in seconds.
 */
class CollectorFaultTest {
  private static final Map<String, String> SDK_PROPERTIES =
      Map.of(
          "otel.traces.exporter", "otlp",
          "otel.exporter.otlp.protocol", "http/protobuf",
          "otel.exporter.otlp.timeout", "300",
          "otel.bsp.schedule.delay", "20",
          "otel.bsp.max.queue.size", "16",
          "otel.bsp.max.export.batch.size", "4");
  private static final int REQUESTS = 150;
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
  // One batch worker and OkHttp's few: its task runner, dispatcher, watchdog, connection closer
  // and the call in flight.
  private static final int EXPORT_THREADS_AT_MOST = 8;

  enum Collector {
    DOWN,
    SLOW
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<Socket> heldConnections = new ArrayList<>();
  private ServerSocket slowCollector;
  private RunningService service;

  @AfterEach
  void stopEverything() throws IOException {
    SDK_PROPERTIES.keySet().forEach(System::clearProperty);
    System.clearProperty("otel.exporter.otlp.endpoint");
    if (service != null) {
      service.close();
    }
    if (slowCollector != null) {
      slowCollector.close();
    }
    synchronized (heldConnections) {
      for (Socket connection : heldConnections) {
        connection.close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Collector.class)
  void theServiceKeepsAnsweringAndCountsTheSpansItDrops(Collector collector) throws Exception {
    SDK_PROPERTIES.forEach(System::setProperty);
    System.setProperty("otel.exporter.otlp.endpoint", "http://127.0.0.1:" + endpoint(collector));
    service = ServiceWiring.start(new ServiceOptions(0, true));

    answerRequests(REQUESTS / 3);
    long exportThreadsBefore = exportThreads();
    answerRequests(REQUESTS);
    long exportThreadsAfter = exportThreads();

    ScrapedMetrics scrape = new ScrapedMetrics(get("/metrics").body());
    double failed = dropped(scrape, "export_failed");
    double queueFull = dropped(scrape, "queue_full");
    System.out.printf(
        "collector %s: %d requests answered, spans dropped: %.0f export failed, %.0f queue full;"
            + " export threads %d -> %d%n",
        collector, REQUESTS * 4 / 3, failed, queueFull, exportThreadsBefore, exportThreadsAfter);
    assertThat(failed).as("spans of failed exports").isPositive();
    assertThat(queueFull).as("spans dropped from a full queue").isPositive();
    assertThat(exportThreadsAfter).isLessThanOrEqualTo(EXPORT_THREADS_AT_MOST);
  }

  // The batch processor's worker and the OTLP sender's HTTP client (OkHttp) threads.
  private static long exportThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(thread -> thread.getName().toLowerCase(Locale.ROOT))
        .filter(name -> name.startsWith("batchspanprocessor") || name.startsWith("ok"))
        .count();
  }

  private static double dropped(ScrapedMetrics scrape, String reason) {
    return scrape
        .value("jarvis_telemetry_spans_dropped_total{reason=\"" + reason + "\"}")
        .orElseThrow(() -> new AssertionError("no dropped-spans count for " + reason));
  }

  // Health answers 503 while a component is unhealthy, which the workload's memory pressure causes
  // at times, and the rate limiter 429 to this many requests in a row: each is an answer.
  private void answerRequests(int count) throws Exception {
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = get("/health");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(response.statusCode()).isIn(200, 429, 503);
      assertThat(took).isLessThan(ANSWER_WITHIN);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = service.baseUri().resolve(path);
    return client.send(
        HttpRequest.newBuilder(uri).timeout(ANSWER_WITHIN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int endpoint(Collector collector) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    if (collector == Collector.DOWN) {
      try (ServerSocket closed = new ServerSocket(0, 1, loopback)) {
        return closed.getLocalPort();
      }
    }
    slowCollector = new ServerSocket(0, 50, loopback);
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket connection = slowCollector.accept();
                  synchronized (heldConnections) {
                    heldConnections.add(connection);
                  }
                }
              } catch (IOException closed) {
                // The test is over.
              }
            },
            "slow-collector");
    acceptor.setDaemon(true);
    acceptor.start();
    return slowCollector.getLocalPort();
  }
}
