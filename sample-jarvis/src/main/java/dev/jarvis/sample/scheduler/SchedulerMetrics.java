package dev.jarvis.sample.scheduler;

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
 * Pending, sent, retried and missed scheduled messages, from the roadmap's section 3.1 "Scheduler
 * Metrics", with the Scheduled Send Success SLO of section 6.1, the Scheduler objectives of section
 * 2 and the send failure alert of section 7.
 */
@Alert(
    name = "SchedulerSendFailure",
    expr = "increase(jarvis_scheduler_items_total{status=\"failed\"}[5m]) > 5",
    forDuration = "2m",
    severity = Severity.CRITICAL,
    summary = "Multiple scheduled sends failed",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/SchedulerSendFailure")
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
  @Slo(name = "scheduler_latency", objective = 0.99, window = "30d", latencyThreshold = 0.1)
  void operationTook(SchedulerOperation operation, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_scheduler_missed_schedules_total",
      type = COUNTER,
      help = "Schedules missed (overdue > threshold)")
  void scheduleMissed();

  /**
   * Scheduled messages whose sending ended, delivered or failed for good. The success rate cannot
   * be read from {@code jarvis_scheduler_items_total}, whose total also counts the scheduling,
   * sending, cancelling and expiring of items.
   */
  @JarvisMetric(
      name = "jarvis_scheduler_sends_total",
      type = COUNTER,
      help = "Scheduled sends by outcome")
  @Slo(
      name = "scheduled_send_success",
      objective = 0.999,
      window = "7d",
      errors = "outcome=\"error\"")
  @Slo(name = "scheduler_errors", objective = 0.9999, window = "30d", errors = "outcome=\"error\"")
  void sendFinished(Outcome outcome);
}
