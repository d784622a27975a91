package dev.jarvis.sample.db;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Query latency, slow queries and connection pool use of the chat database, from the roadmap's
 * section 3.1 "Database Metrics".
 */
public interface DatabaseMetrics {

  @JarvisMetric(
      name = "jarvis_db_query_duration_seconds",
      type = HISTOGRAM,
      help = "Database query latency",
      buckets = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0})
  void queryTook(QueryOperation operation, Table table, @Value Duration duration);

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
