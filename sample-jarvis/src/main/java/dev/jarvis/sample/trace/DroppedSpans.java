package dev.jarvis.sample.trace;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The spans the service traced but could not deliver, exported as {@code
 * jarvis_telemetry_spans_dropped_total{reason}}: {@code queue_full} when the batch processor had no
 * room for them, {@code export_failed} when the collector refused them, could not be reached or did
 * not answer in time. A collector that is down or slow costs spans, counted here, and neither
 * requests nor threads.
 */
public final class DroppedSpans {
  static final String METRIC = "jarvis_telemetry_spans_dropped_total";

  private final FailedExports failedExports = new FailedExports();
  private final QueueDrops queueDrops = new QueueDrops();

  /** Counts what the SDK the builder configures drops. */
  void countFor(AutoConfiguredOpenTelemetrySdkBuilder sdk) {
    sdk.addSpanExporterCustomizer((exporter, config) -> failedExports.counting(exporter))
        .addMeterProviderCustomizer(
            (meterProvider, config) -> meterProvider.registerMetricReader(queueDrops));
  }

  /** Exports the counts, read at each scrape. */
  public void register(PrometheusRegistry registry) {
    CounterWithCallback.builder()
        .name(METRIC)
        .help("Spans traced but not delivered to the collector, by reason")
        .labelNames("reason")
        .callback(
            callback -> {
              callback.call((double) queueDrops.spans(), "queue_full");
              callback.call((double) failedExports.spans(), "export_failed");
            })
        .register(registry);
  }
}
