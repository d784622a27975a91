package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

class JarvisTelemetryTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();

  @Test
  void aSecondRegistrationOfTheSameMetricSharesTheFirst() {
    Counter first = telemetry.counter("jarvis_api_requests_total", "Requests", "method");
    Counter second = telemetry.counter("jarvis_api_requests_total", "Requests", "method");

    assertThat(second).isSameAs(first);
  }

  @Test
  void aConflictingRegistrationIsRefusedWithBothDefinitions() {
    telemetry.counter("jarvis_api_requests_total", "Requests", "method");

    assertThatThrownBy(() -> telemetry.gauge("jarvis_api_requests_total", "Requests"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counter[method]")
        .hasMessageContaining("gauge[]");
  }

  @Test
  void gridResolvesEveryCombinationInRowMajorOrder() {
    CounterDataPoint[] points =
        JarvisTelemetry.grid(
            telemetry.counter("jarvis_api_requests_total", "Requests", "method", "retried")
                ::labelValues,
            CounterDataPoint[]::new,
            new String[] {"GET", "POST", "PUT"},
            new String[] {"false", "true"});
    points[1 * 2 + 1].inc();

    String exposition = Scrapes.text(registry);
    assertThat(points).hasSize(6);
    assertThat(
            Scrapes.value(
                exposition, "jarvis_api_requests_total{method=\"POST\",retried=\"true\"}"))
        .isEqualTo(1);
    assertThat(
            Scrapes.value(
                exposition, "jarvis_api_requests_total{method=\"GET\",retried=\"false\"}"))
        .isEqualTo(0);
  }

  @Test
  void failedRecordingsAreCountedAndNeverThrown() {
    assertThatCode(
            () -> {
              telemetry.recordingFailed("jarvis_api_requests_total", new NullPointerException());
              telemetry.recordingFailed("jarvis_api_requests_total", new NullPointerException());
            })
        .doesNotThrowAnyException();

    assertThat(
            Scrapes.value(
                Scrapes.text(registry),
                "jarvis_telemetry_recording_errors_total{metric=\"jarvis_api_requests_total\"}"))
        .isEqualTo(2);
  }

  @Test
  void inFlightTakesItsWorkOffOnceHoweverOftenClosed() {
    GaugeDataPoint inflight = telemetry.gauge("jarvis_api_requests_inflight", "In flight");
    InFlight first = InFlight.enter(inflight);
    InFlight second = InFlight.enter(inflight);

    first.close();
    first.close();

    assertThat(Scrapes.value(Scrapes.text(registry), "jarvis_api_requests_inflight")).isEqualTo(1);
    second.close();
    assertThat(Scrapes.value(Scrapes.text(registry), "jarvis_api_requests_inflight")).isEqualTo(0);
  }

  @Test
  void baseUnitsAreDeclaredAsMetricUnits() {
    telemetry.histogram("jarvis_db_query_duration_seconds", "Query latency", new double[] {1});
    telemetry.counter("jarvis_prefetch_cost_saved_seconds_total", "Saved");

    assertThat(registry.scrape().stream())
        .allSatisfy(
            snapshot -> {
              if (snapshot.getMetadata().getName().startsWith("jarvis_telemetry")) {
                return;
              }
              assertThat(snapshot.getMetadata().getUnit().toString()).isEqualTo("seconds");
            });
  }
}
