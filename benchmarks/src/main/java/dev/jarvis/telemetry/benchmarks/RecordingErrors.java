package dev.jarvis.telemetry.benchmarks;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/**
 * Guards the benchmarks against measuring the wrong path: a generated recorder swallows a failed
 * recording, so a benchmark whose every call failed would still report a time.
 */
public final class RecordingErrors {
  private static final String ERRORS = "jarvis_telemetry_recording_errors";

  private RecordingErrors() {}

  /** Fails the trial when the recorders of this registry dropped any recording. */
  public static void requireNone(PrometheusRegistry registry) {
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(ERRORS) && !snapshot.getDataPoints().isEmpty()) {
        throw new IllegalStateException(
            "The generated recorder dropped recordings, see "
                + ERRORS
                + "_total; the benchmark measured its failure path");
      }
    }
  }
}
