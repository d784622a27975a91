package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Absorbs the failures of recording calls so that they never reach the application: each one is
 * counted per metric, and the first one of each metric is logged.
 */
final class RecordingFailures {
  private static final Logger logger = LoggerFactory.getLogger(RecordingFailures.class);

  private final Counter failures;
  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  RecordingFailures(PrometheusRegistry registry) {
    failures =
        Counter.builder()
            .name("jarvis_telemetry_recording_errors_total")
            .help("Recording calls that failed and were dropped, by metric")
            .labelNames("metric")
            .register(registry);
  }

  void record(String metricName, RuntimeException failure) {
    try {
      failures.labelValues(metricName).inc();
      if (logged.add(metricName)) {
        logger.warn(
            "Recording into {} failed and was dropped; later failures of this metric are only"
                + " counted in jarvis_telemetry_recording_errors_total",
            metricName,
            failure);
      }
    } catch (RuntimeException ignored) {
      // Reporting a failure must not become a failure of the caller.
    }
  }
}
