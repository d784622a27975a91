package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarvis.telemetry.runtime.export.MetricsServer;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Eight threads record through the calls generated recorders make while {@code /metrics} is scraped
 * over HTTP; the final totals must be exact and every scrape must succeed.
 */
class ConcurrentRecordingTest {
  private static final String[] METHODS = {"GET", "POST"};
  private static final String[] ENDPOINTS = {"/api/v1/generation", "/health", "/metrics"};
  private static final int THREADS = 8;
  private static final int RECORDINGS_PER_THREAD = 60_000;

  @Test
  void totalsAreExactAfterConcurrentRecordingAndScraping() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    CounterDataPoint[] requests =
        JarvisTelemetry.grid(
            telemetry.counter("jarvis_api_requests_total", "Requests", "method", "endpoint")
                ::labelValues,
            CounterDataPoint[]::new,
            METHODS,
            ENDPOINTS);
    DistributionDataPoint latency =
        telemetry.histogram(
            "jarvis_api_request_duration_seconds", "Latency", new double[] {0.1, 1.0});
    OpenSeries<CounterDataPoint> byModel =
        telemetry.openSeries(
            "jarvis_generation_tokens_total",
            1,
            telemetry.counter("jarvis_generation_tokens_total", "Tokens", "model_id")::labelValues);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    try (MetricsServer server = MetricsServer.builder(telemetry).port(0).start()) {
      AtomicBoolean recording = new AtomicBoolean(true);
      AtomicInteger scrapes = new AtomicInteger();
      List<Integer> failedStatuses = new ArrayList<>();
      CountDownLatch start = new CountDownLatch(1);
      Future<?> scraper =
          pool.submit(
              () -> {
                start.await();
                while (recording.get()) {
                  HttpResponse<String> response = Scrapes.get(server.port());
                  if (response.statusCode() != 200) {
                    synchronized (failedStatuses) {
                      failedStatuses.add(response.statusCode());
                    }
                  }
                  scrapes.incrementAndGet();
                }
                return null;
              });
      List<Future<?>> recorders = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        recorders.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < RECORDINGS_PER_THREAD; i++) {
                    requests[(thread + i) % requests.length].inc();
                    latency.observe(i % 2 == 0 ? 0.05 : 0.5);
                    byModel.get("model-" + (i % 4)).inc(2);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> recorder : recorders) {
        recorder.get(60, TimeUnit.SECONDS);
      }
      recording.set(false);
      scraper.get(10, TimeUnit.SECONDS);

      String exposition = Scrapes.get(server.port()).body();
      assertThat(failedStatuses).isEmpty();
      assertThat(scrapes.get()).isPositive();

      long total = (long) THREADS * RECORDINGS_PER_THREAD;
      double requestSum = 0;
      for (String method : METHODS) {
        for (String endpoint : ENDPOINTS) {
          requestSum +=
              Scrapes.value(
                  exposition,
                  "jarvis_api_requests_total{endpoint=\""
                      + endpoint
                      + "\",method=\""
                      + method
                      + "\"}");
        }
      }
      assertThat(requestSum).isEqualTo(total);
      // Each thread walks the six series round-robin, 60,000 times: 10,000 per series per thread.
      assertThat(
              Scrapes.value(
                  exposition, "jarvis_api_requests_total{endpoint=\"/health\",method=\"POST\"}"))
          .isEqualTo(total / requests.length);
      assertThat(Scrapes.value(exposition, "jarvis_api_request_duration_seconds_count"))
          .isEqualTo(total);
      assertThat(
              Scrapes.value(exposition, "jarvis_api_request_duration_seconds_bucket{le=\"0.1\"}"))
          .isEqualTo(total / 2);
      for (int model = 0; model < 4; model++) {
        assertThat(
                Scrapes.value(
                    exposition, "jarvis_generation_tokens_total{model_id=\"model-" + model + "\"}"))
            .isEqualTo(total / 4 * 2);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
