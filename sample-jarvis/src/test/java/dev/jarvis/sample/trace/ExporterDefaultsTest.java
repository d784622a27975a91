package dev.jarvis.sample.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample's exporter defaults: ended spans are always kept for {@code /debug/spans}, and go over
 * OTLP only when an endpoint is configured, so that a run without a collector exports nothing.
 */
class ExporterDefaultsTest {

  @Test
  void withoutAnEndpointSpansAreKeptInMemoryOnly() {
    RecentSpans recentSpans = new RecentSpans();
    try (OpenTelemetrySdk sdk =
        Tracing.configure(recentSpans, new DroppedSpans(), Map.<String, String>of()::get)) {
      sdk.getTracer("test").spanBuilder("db.transaction").startSpan().end();

      assertThat(recentSpans.snapshot())
          .extracting(SpanData::getName)
          .containsExactly("db.transaction");
      assertThat(sdk.getSdkTracerProvider().toString()).doesNotContain("Otlp");
    }
  }

  @Test
  void withAnEndpointSpansAlsoGoOverOtlp() {
    Map<String, String> environment =
        Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318");
    try (OpenTelemetrySdk sdk =
        Tracing.configure(new RecentSpans(), new DroppedSpans(), environment::get)) {
      assertThat(sdk.getSdkTracerProvider().toString())
          .containsPattern("Otlp(Grpc|Http)SpanExporter")
          .contains(RecentSpans.class.getSimpleName());
    }
  }
}
