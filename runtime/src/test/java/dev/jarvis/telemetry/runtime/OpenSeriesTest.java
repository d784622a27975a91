package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

class OpenSeriesTest {

  @Test
  void floodOfDistinctValuesStaysWithinTheCapAndEveryDroppedValueIsCounted() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry =
        JarvisTelemetry.builder().registry(registry).maxSeriesPerMetric(50).build();
    OpenSeries<CounterDataPoint> series =
        telemetry.openSeries(
            "jarvis_api_requests_total",
            2,
            telemetry.counter("jarvis_api_requests_total", "Requests", "endpoint", "status_code")
                ::labelValues);

    int distinct = 100_000;
    for (int i = 0; i < distinct; i++) {
      series.get("/route/" + i, "200").inc();
    }

    String exposition = Scrapes.text(registry);
    long seriesLines =
        exposition.lines().filter(line -> line.startsWith("jarvis_api_requests_total{")).count();
    assertThat(series.size()).isEqualTo(50);
    assertThat(seriesLines).isEqualTo(51);
    assertThat(
            Scrapes.value(
                exposition,
                "jarvis_api_requests_total{endpoint=\"_overflow\",status_code=\"_overflow\"}"))
        .isEqualTo(distinct - 50);
    assertThat(
            Scrapes.value(
                exposition,
                "jarvis_telemetry_series_overflow_total{metric=\"jarvis_api_requests_total\"}"))
        .isEqualTo(distinct - 50);
  }

  @Test
  void valuesSeenBeforeTheCapKeepTheirSeries() {
    JarvisTelemetry telemetry =
        JarvisTelemetry.builder().registry(new PrometheusRegistry()).maxSeriesPerMetric(2).build();
    OpenSeries<CounterDataPoint> series =
        telemetry.openSeries(
            "jarvis_model_loads_total",
            1,
            telemetry.counter("jarvis_model_loads_total", "Loads", "model_id")::labelValues);

    CounterDataPoint first = series.get("a");
    series.get("b");
    CounterDataPoint overflow = series.get("c");

    assertThat(series.get("a")).isSameAs(first);
    assertThat(series.get("d")).isSameAs(overflow);
  }

  @Test
  void noOverflowSeriesIsExposedWhileUnderTheCap() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    telemetry
        .openSeries(
            "jarvis_model_loads_total",
            1,
            telemetry.counter("jarvis_model_loads_total", "Loads", "model_id")::labelValues)
        .get("a")
        .inc();

    assertThat(Scrapes.text(registry)).doesNotContain("\"" + OpenSeries.OVERFLOW + "\"");
  }
}
