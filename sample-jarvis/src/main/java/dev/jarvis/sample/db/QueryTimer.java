package dev.jarvis.sample.db;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records how long a statement took, and counts it as slow past the roadmap's 100 ms. */
final class QueryTimer {
  static final Duration SLOW_QUERY_THRESHOLD = Duration.ofMillis(100);

  private static final Logger logger = LoggerFactory.getLogger(QueryTimer.class);

  private final DatabaseMetrics metrics;

  QueryTimer(DatabaseMetrics metrics) {
    this.metrics = metrics;
  }

  void record(QueryOperation operation, Table table, long startNanos) {
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
    metrics.queryTook(operation, table, took);
    if (took.compareTo(SLOW_QUERY_THRESHOLD) > 0) {
      metrics.slowQuery(operation, table);
      logger.warn("Slow query: {} on {} took {} ms", operation, table, took.toMillis());
    }
  }
}
