package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarvis.telemetry.runtime.export.MetricsServer;
import dev.jarvis.telemetry.runtime.health.ComponentHealth;
import dev.jarvis.telemetry.runtime.health.HealthChecks;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A health check that hangs, behind {@code jarvis_health_status} as applications wire it, scraped
 * over HTTP: the scrape still answers, well inside Prometheus's default ten-second scrape timeout,
 * with the component unhealthy, and the scrapes after it do not wait for the check again.
 */
class HangingHealthCheckScrapeTest {
  private static final Duration CHECK_TIMEOUT = Duration.ofMillis(500);
  private static final String SERIES = "jarvis_health_status{component=\"imessage\"}";

  @Test
  void scrapeAnswersWithTheHangingComponentUnhealthy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    JarvisTelemetry telemetry =
        JarvisTelemetry.builder().registry(new PrometheusRegistry()).build();
    try (HealthChecks health = new HealthChecks(CHECK_TIMEOUT)) {
      health.register(
          "imessage",
          () -> {
            release.await();
            return ComponentHealth.healthy("answers");
          });
      telemetry
          .callbackGauge("jarvis_health_status", "Component health", "component")
          .register(() -> health.check("imessage").status().gaugeValue(), "imessage");

      try (MetricsServer server = MetricsServer.builder(telemetry).port(0).start()) {
        long start = System.nanoTime();
        HttpResponse<String> first = Scrapes.get(server.port());
        long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        start = System.nanoTime();
        HttpResponse<String> second = Scrapes.get(server.port());
        long secondMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Scrapes.value(first.body(), SERIES)).isZero();
        assertThat(firstMillis).isBetween(CHECK_TIMEOUT.toMillis(), 5_000L);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(Scrapes.value(second.body(), SERIES)).isZero();
        assertThat(secondMillis).isLessThan(CHECK_TIMEOUT.toMillis());
      } finally {
        release.countDown();
      }
    }
  }
}
