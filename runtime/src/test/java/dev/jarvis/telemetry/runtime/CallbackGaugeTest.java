package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

class CallbackGaugeTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();

  @Test
  void readsEachSourceAtScrapeTime() {
    CallbackGauge gauge =
        telemetry.callbackGauge("jarvis_process_memory_bytes", "Process memory", "type");
    double[] rss = {100};
    gauge.register(() -> rss[0], "rss");

    assertThat(Scrapes.value(Scrapes.text(registry), "jarvis_process_memory_bytes{type=\"rss\"}"))
        .isEqualTo(100);
    rss[0] = 250;
    assertThat(Scrapes.value(Scrapes.text(registry), "jarvis_process_memory_bytes{type=\"rss\"}"))
        .isEqualTo(250);
  }

  @Test
  void leavesOutSeriesThatCannotBeRead() {
    CallbackGauge gauge =
        telemetry.callbackGauge("jarvis_process_memory_bytes", "Process memory", "type");
    gauge.register(() -> 1, "rss");
    gauge.register(() -> Double.NaN, "vms");
    gauge.register(
        () -> {
          throw new IllegalStateException("no /proc here");
        },
        "shared");

    String exposition = Scrapes.text(registry);
    assertThat(Scrapes.value(exposition, "jarvis_process_memory_bytes{type=\"rss\"}")).isEqualTo(1);
    assertThat(exposition).doesNotContain("type=\"vms\"").doesNotContain("type=\"shared\"");
  }
}
