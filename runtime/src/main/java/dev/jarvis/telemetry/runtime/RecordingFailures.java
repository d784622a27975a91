package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Absorbs the failures of recording calls so that they never reach the application: each one is
 * counted per metric or event, and the first one of each is logged.
 */
final class RecordingFailures {
  private static final Logger logger = LoggerFactory.getLogger(RecordingFailures.class);

  private final Counter failures;
  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  private final String counterName;

  /** Counts failures in {@code counterName}, labelled with what failed under {@code labelName}. */
  RecordingFailures(
      PrometheusRegistry registry, String counterName, String help, String labelName) {
    this.counterName = counterName;
    failures =
        Counter.builder().name(counterName).help(help).labelNames(labelName).register(registry);
  }

  void record(String name, RuntimeException failure) {
    try {
      failures.labelValues(name).inc();
      if (logged.add(name)) {
        logger.warn(
            "Recording {} failed and was dropped; later failures of it are only counted in {}",
            name,
            counterName,
            failure);
      }
    } catch (RuntimeException ignored) {
      // Reporting a failure must not become a failure of the caller.
    }
  }
}
