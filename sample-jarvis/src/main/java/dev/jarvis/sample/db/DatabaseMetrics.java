package dev.jarvis.sample.db;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Label;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;
import java.util.function.DoubleSupplier;

/**
 * Query latency, slow queries and connection pool use of the chat database, from the roadmap's
 * section 3.1 "Database Metrics".
 */
public interface DatabaseMetrics {

  /** Times one statement: its span, {@code db.query.select.messages}, and its latency. */
  @Span(value = "db.query.{operation}.{table}", kind = SpanKind.CLIENT)
  @JarvisMetric(
      name = "jarvis_db_query_duration_seconds",
      type = HISTOGRAM,
      help = "Database query latency",
      buckets = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0})
  TimedOperation query(
      @Attribute("db.operation.name") @Label("operation") QueryOperation operation,
      @Attribute("db.collection.name") @Label("table") Table table);

  @JarvisMetric(
      name = "jarvis_db_connections_active",
      type = GAUGE,
      help = "Active database connections")
  void activeConnections(@Value DoubleSupplier count);

  @JarvisMetric(
      name = "jarvis_db_connections_max",
      type = GAUGE,
      help = "Maximum connection pool size")
  void maxConnections(@Value DoubleSupplier count);

  @JarvisMetric(
      name = "jarvis_db_slow_queries_total",
      type = COUNTER,
      help = "Queries exceeding threshold (100ms)")
  void slowQuery(QueryOperation operation, Table table);
}
