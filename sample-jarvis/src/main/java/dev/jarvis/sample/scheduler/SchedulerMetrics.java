package dev.jarvis.sample.scheduler;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Pending, sent, retried and missed scheduled messages, from the roadmap's section 3.1 "Scheduler
 * Metrics".
 */
public interface SchedulerMetrics {

  @JarvisMetric(
      name = "jarvis_scheduler_items_total",
      type = COUNTER,
      help = "Scheduled item state transitions")
  void itemTransitioned(SchedulerStatus status);

  @JarvisMetric(
      name = "jarvis_scheduler_pending_items",
      type = GAUGE,
      help = "Currently scheduled items")
  void pendingItems(@Value DoubleSupplier count);

  @JarvisMetric(
      name = "jarvis_scheduler_retries",
      type = HISTOGRAM,
      help = "Distribution of retry attempts",
      buckets = {0, 1, 2, 3, 5, 8},
      nonPositiveBuckets = true)
  void retriesUsed(@Value double retries);

  @JarvisMetric(
      name = "jarvis_scheduler_latency_seconds",
      type = HISTOGRAM,
      help = "Scheduler operation latency")
  void operationTook(SchedulerOperation operation, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_scheduler_missed_schedules_total",
      type = COUNTER,
      help = "Schedules missed (overdue > threshold)")
  void scheduleMissed();
}
