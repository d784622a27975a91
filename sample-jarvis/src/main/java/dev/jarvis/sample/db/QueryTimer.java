package dev.jarvis.sample.db;

import dev.jarvis.telemetry.runtime.trace.TimedOperation;
import java.time.Duration;

/**
 * Records each statement: its start and completion events, how long it took, whether it failed, and
 * whether it was slow, past the roadmap's 100 ms.
 */
final class QueryTimer {
  static final Duration SLOW_QUERY_THRESHOLD = Duration.ofMillis(100);

  private final DatabaseMetrics metrics;
  private final DatabaseEvents events;

  QueryTimer(DatabaseMetrics metrics, DatabaseEvents events) {
    this.metrics = metrics;
    this.events = events;
  }

  /**
   * Records that {@code sql} starts now; returns the running query to hand to {@link #finished}.
   */
  RunningQuery started(QueryOperation operation, Table table, String sql) {
    events.queryStarted(operation, table, sql);
    return new RunningQuery(metrics.query(operation, table), System.nanoTime());
  }

  /**
   * Records that {@code sql} finished: closes its timed operation, which counts it a success when
   * it returned rows, and logs how long it took.
   *
   * @param rows the rows it returned or changed; null when it failed
   */
  void finished(
      QueryOperation operation, Table table, String sql, RunningQuery query, Integer rows) {
    if (rows != null) {
      query.operation().succeeded();
    }
    query.operation().close();
    Duration took = Duration.ofNanos(System.nanoTime() - query.startNanos());
    events.queryCompleted(operation, table, took, rows);
    if (took.compareTo(SLOW_QUERY_THRESHOLD) > 0) {
      metrics.slowQuery(operation, table);
      events.slowQuery(operation, table, took, sql);
    }
  }

  /** A statement being run: its span and latency, and its start for the events' duration. */
  record RunningQuery(TimedOperation operation, long startNanos) {}
}
