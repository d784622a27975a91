package dev.jarvis.sample.trace;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Configures the OpenTelemetry SDK from the {@code OTEL_*} environment variables and system
 * properties, with the sample's defaults under them: spans go over OTLP when {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT} is set and to no exporter otherwise, and always to {@link
 * RecentSpans}, so that a run without a collector still shows its traces at {@code /debug/spans}.
 * Metrics and logs stay with Prometheus and the JSON log lines, so their OTel exporters are off.
 * W3C {@code traceparent} and {@code tracestate} propagate unless {@code OTEL_PROPAGATORS} says
 * otherwise. Spans the SDK drops, with the collector down or slow, are counted in {@link
 * DroppedSpans}.
 */
public final class Tracing {
  private Tracing() {}

  /** The SDK, not registered globally: the service passes it where it is used. */
  public static OpenTelemetrySdk configure(
      RecentSpans recentSpans, DroppedSpans droppedSpans, Function<String, String> environment) {
    Map<String, String> defaults = new HashMap<>();
    defaults.put("otel.service.name", "jarvis-api");
    defaults.put(
        "otel.traces.exporter",
        environment.apply("OTEL_EXPORTER_OTLP_ENDPOINT") == null ? "none" : "otlp");
    defaults.put("otel.metrics.exporter", "none");
    defaults.put("otel.logs.exporter", "none");
    defaults.put("otel.propagators", "tracecontext");
    AutoConfiguredOpenTelemetrySdkBuilder sdk =
        AutoConfiguredOpenTelemetrySdk.builder()
            .addPropertiesSupplier(() -> defaults)
            .addTracerProviderCustomizer(
                (tracerProvider, config) -> tracerProvider.addSpanProcessor(recentSpans))
            .disableShutdownHook();
    droppedSpans.countFor(sdk);
    return sdk.build().getOpenTelemetrySdk();
  }
}
