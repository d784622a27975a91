package dev.jarvis.sample.prefetch;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Queue depth, hit rates and latency saved by speculative prefetching, from the roadmap's section
 * 3.1 "Prefetch Metrics", with the Prefetch objectives of section 2 and the backlog alert of
 * section 7.
 */
@Alert(
    name = "PrefetchQueueBacklog",
    expr = "jarvis_prefetch_queue_size > 50",
    forDuration = "10m",
    severity = Severity.WARNING,
    summary = "Prefetch queue building up",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/PrefetchQueueBacklog")
public interface PrefetchMetrics {

  @JarvisMetric(
      name = "jarvis_prefetch_predictions_total",
      type = COUNTER,
      help = "Prefetch prediction outcomes")
  void predictionResolved(PredictionType predictionType, PrefetchResult result);

  @JarvisMetric(
      name = "jarvis_prefetch_queue_size",
      type = GAUGE,
      help = "Current prefetch queue depth")
  void queueSize(@Value DoubleSupplier size);

  @JarvisMetric(
      name = "jarvis_prefetch_latency_seconds",
      type = HISTOGRAM,
      help = "Prefetch execution latency")
  @Slo(name = "prefetch_latency", objective = 0.99, window = "30d", latencyThreshold = 0.5)
  void executionTook(PredictionType predictionType, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_prefetch_cache_hit_rate",
      type = GAUGE,
      help = "Cache hit rate by tier")
  void cacheHitRate(CacheTier tier, @Value DoubleSupplier ratio);

  @JarvisMetric(
      name = "jarvis_prefetch_cost_saved_seconds_total",
      type = COUNTER,
      help = "Cumulative latency saved by prefetching")
  void costSaved(@Value double seconds);

  @JarvisMetric(
      name = "jarvis_prefetch_resource_blocked_total",
      type = COUNTER,
      help = "Prefetch blocked due to resource constraints")
  void resourceBlocked(ConstrainedResource resource);

  /**
   * Executed predictions, by whether they produced a result to cache; section 3 counts how
   * predictions were used, not whether preparing them failed, which the error-rate objective of
   * section 2 is about.
   */
  @JarvisMetric(
      name = "jarvis_prefetch_executions_total",
      type = COUNTER,
      help = "Prefetch executions by outcome")
  @Slo(name = "prefetch_errors", objective = 0.995, window = "30d", errors = "outcome=\"error\"")
  void executionFinished(PredictionType predictionType, Outcome outcome);
}
