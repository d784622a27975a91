package dev.jarvis.sample.imessage;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;

/**
 * Reads of the Messages database, whose latency and errors the roadmap's section 2 sets objectives
 * for while section 3 defines no metric for them. The subsystem is {@code imessage}, which the
 * sample adds to the appendix's list.
 */
public interface ImessageMetrics {

  /**
   * Times one read of the Messages database, JARVIS's call out to iMessage: its span, {@code
   * external.imessage.read}, its latency, and its outcome in {@code jarvis_imessage_reads_total}.
   */
  @Span(
      value = "external.imessage.read",
      kind = SpanKind.CLIENT,
      counter = "jarvis_imessage_reads_total")
  @JarvisMetric(
      name = "jarvis_imessage_read_duration_seconds",
      type = HISTOGRAM,
      help = "Messages database read latency")
  @Slo(name = "imessage_read_latency", objective = 0.99, window = "30d", latencyThreshold = 0.1)
  TimedOperation read(MessageRead read);

  /** Reads by whether they completed, counted by {@link #read}'s operation when it closes. */
  @JarvisMetric(
      name = "jarvis_imessage_reads_total",
      type = COUNTER,
      help = "Messages database reads by outcome")
  @Slo(
      name = "imessage_read_errors",
      objective = 0.999,
      window = "30d",
      errors = "outcome=\"error\"")
  void readFinished(MessageRead read, Outcome outcome);
}
