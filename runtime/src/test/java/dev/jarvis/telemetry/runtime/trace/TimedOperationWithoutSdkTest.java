package dev.jarvis.telemetry.runtime.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/**
 * The runtime's class path holds the OpenTelemetry API only: without an SDK, spans are no-ops, the
 * histogram and the counter are still recorded, and the global instance is left for the application
 * to install.
 */
class TimedOperationWithoutSdkTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
  private final Histogram duration =
      telemetry.histogram("jarvis_db_query_duration_seconds", "Query latency", new double[] {1});
  private final Counter queries =
      telemetry.counter("jarvis_db_queries_total", "Queries", "outcome");

  @Test
  void recordsMetricsWithANoopSpanAndLeavesTheGlobalInstanceUnset() {
    TimedOperation query = start("db.query.select.messages");
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    query.succeeded();
    query.close();
    query.close();

    assertThat(duration.collect().getDataPoints().get(0).getCount()).isEqualTo(1);
    assertThat(queries.labelValues("success").get()).isEqualTo(1.0);
    assertThat(queries.labelValues("error").get()).isEqualTo(0.0);
    assertThat(GlobalOpenTelemetry.isSet()).isFalse();
  }

  @Test
  void noSpanIsBuiltWhileTheTracerIsTheNoopOne() {
    JarvisTelemetry givenNoop =
        JarvisTelemetry.builder()
            .registry(new PrometheusRegistry())
            .openTelemetry(OpenTelemetry.noop())
            .build();

    assertThat(telemetry.tracesSpans()).isFalse();
    assertThat(givenNoop.tracesSpans()).isFalse();
    assertThat(GlobalOpenTelemetry.isSet()).isFalse();
  }

  @Test
  @SuppressWarnings("try") // closed inside the block too, to show a second close does nothing
  void handleWithoutASpanRecordsTheMetricsOnce() {
    try (TimedOperation query =
        TimedOperation.start(
            telemetry,
            "jarvis_db_query_duration_seconds",
            null,
            duration.labelValues(),
            queries.labelValues("success"),
            queries.labelValues("error"))) {
      assertThat(query.span().getSpanContext().isValid()).isFalse();
      assertThat(Span.current().getSpanContext().isValid()).isFalse();
      query.succeeded();
      query.close();
    }

    assertThat(duration.collect().getDataPoints().get(0).getCount()).isEqualTo(1);
    assertThat(queries.labelValues("success").get()).isEqualTo(1.0);
    assertThat(queries.labelValues("error").get()).isEqualTo(0.0);
  }

  @Test
  void operationClosedWithoutSuccessCountsAnError() {
    try (TimedOperation query = start("db.query.insert.messages")) {
      query.failed(new IllegalStateException("locked"));
    }

    assertThat(queries.labelValues("error").get()).isEqualTo(1.0);
  }

  @Test
  void noneHandlesRecordNothingAndNeverThrow() {
    assertThatCode(
            () -> {
              TimedOperation.NONE.failed(new IllegalStateException());
              TimedOperation.NONE.close();
              try (SpanScope none = SpanScope.NONE) {
                none.succeeded();
                none.failed(new IllegalStateException());
                none.span().setAttribute("jarvis.db.read_only", true);
              }
            })
        .doesNotThrowAnyException();
  }

  @Test
  void expandsTemplatesInRowMajorOrder() {
    assertThat(
            SpanNames.expand(
                "db.query.{}.{}", new String[] {"select", "insert"}, new String[] {"a", "b"}))
        .containsExactly(
            "db.query.select.a", "db.query.select.b", "db.query.insert.a", "db.query.insert.b");
  }

  private TimedOperation start(String name) {
    return TimedOperation.start(
        telemetry,
        "jarvis_db_query_duration_seconds",
        telemetry.tracer().spanBuilder(name),
        duration.labelValues(),
        queries.labelValues("success"),
        queries.labelValues("error"));
  }
}
