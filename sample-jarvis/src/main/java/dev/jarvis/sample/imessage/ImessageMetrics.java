package dev.jarvis.sample.imessage;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.sample.Outcome;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;

/**
 * Reads of the Messages database, whose latency and errors the roadmap's section 2 sets objectives
 * for while section 3 defines no metric for them. The subsystem is {@code imessage}, which the
 * sample adds to the appendix's list.
 */
public interface ImessageMetrics {

  @JarvisMetric(
      name = "jarvis_imessage_read_duration_seconds",
      type = HISTOGRAM,
      help = "Messages database read latency")
  @Slo(name = "imessage_read_latency", objective = 0.99, window = "30d", latencyThreshold = 0.1)
  void readTook(MessageRead read, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_imessage_reads_total",
      type = COUNTER,
      help = "Messages database reads by outcome")
  @Slo(
      name = "imessage_read_errors",
      objective = 0.999,
      window = "30d",
      errors = "outcome=\"failure\"")
  void readFinished(MessageRead read, Outcome outcome);
}
