package dev.jarvis.telemetry.benchmarks.trace;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Label;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;

/** A timed query with its outcome counter, and one timed without a counter. */
public interface BenchDbMetrics {

  @Span(value = "db.query.{operation}", kind = SpanKind.CLIENT, counter = "jarvis_db_queries_total")
  @JarvisMetric(
      name = "jarvis_db_query_duration_seconds",
      type = HISTOGRAM,
      help = "Database query latency")
  TimedOperation query(
      @Attribute("db.operation.name") @Label("operation") QueryOperation operation);

  @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries by outcome")
  void queried(QueryOperation operation, Outcome outcome);

  @Span("db.query.select")
  @JarvisMetric(
      name = "jarvis_db_select_duration_seconds",
      type = HISTOGRAM,
      help = "Select latency")
  TimedOperation select();
}
