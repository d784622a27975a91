package dev.jarvis.sample.db;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.Attribute;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Label;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Span;
import dev.jarvis.telemetry.annotations.SpanKind;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;
import java.util.function.DoubleSupplier;

/**
 * Query latency, slow queries and connection pool use of the chat database, from the roadmap's
 * section 3.1 "Database Metrics", with the Database objectives of section 2 and the slow query
 * alert of section 7.
 */
@Alert(
    name = "DatabaseSlowQueries",
    expr = "increase(jarvis_db_slow_queries_total[5m]) > 10",
    forDuration = "5m",
    severity = Severity.WARNING,
    summary = "Slow database queries detected",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/DatabaseSlowQueries")
public interface DatabaseMetrics {

  /**
   * Times one statement: its span, {@code db.query.select.messages}, its latency, and its outcome
   * in {@code jarvis_db_queries_total}.
   */
  @Span(
      value = "db.query.{operation}.{table}",
      kind = SpanKind.CLIENT,
      counter = "jarvis_db_queries_total")
  @JarvisMetric(
      name = "jarvis_db_query_duration_seconds",
      type = HISTOGRAM,
      help = "Database query latency",
      buckets = {0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0})
  @Slo(name = "db_latency", objective = 0.99, window = "30d", latencyThreshold = 0.02)
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

  /**
   * Queries by whether they completed, counted by {@link #query}'s operation when it closes;
   * section 3 times queries but never counts the failed ones, which the error-rate objective of
   * section 2 is about.
   */
  @JarvisMetric(
      name = "jarvis_db_queries_total",
      type = COUNTER,
      help = "Database queries by outcome")
  @Slo(name = "db_errors", objective = 0.9999, window = "30d", errors = "outcome=\"error\"")
  void queryFinished(QueryOperation operation, Table table, Outcome outcome);
}
