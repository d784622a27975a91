package dev.jarvis.sample.db;

import dev.jarvis.sample.Outcome;
import java.time.Duration;

/**
 * Records each statement: its start and completion events, how long it took, and whether it was
 * slow, past the roadmap's 100 ms.
 */
final class QueryTimer {
  static final Duration SLOW_QUERY_THRESHOLD = Duration.ofMillis(100);

  private final DatabaseMetrics metrics;
  private final DatabaseEvents events;

  QueryTimer(DatabaseMetrics metrics, DatabaseEvents events) {
    this.metrics = metrics;
    this.events = events;
  }

  /** Records that {@code sql} starts now; returns the start time to hand to {@link #finished}. */
  long started(QueryOperation operation, Table table, String sql) {
    events.queryStarted(operation, table, sql);
    return System.nanoTime();
  }

  /**
   * Records that {@code sql}, started at {@code startNanos}, finished.
   *
   * @param rows the rows it returned or changed; null when it failed
   */
  void finished(QueryOperation operation, Table table, String sql, long startNanos, Integer rows) {
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
    metrics.queryTook(operation, table, took);
    metrics.queryFinished(operation, table, Outcome.of(rows != null));
    events.queryCompleted(operation, table, took, rows);
    if (took.compareTo(SLOW_QUERY_THRESHOLD) > 0) {
      metrics.slowQuery(operation, table);
      events.slowQuery(operation, table, took, sql);
    }
  }
}
