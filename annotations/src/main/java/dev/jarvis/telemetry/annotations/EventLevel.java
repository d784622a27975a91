package dev.jarvis.telemetry.annotations;

/**
 * The levels of the roadmap's section 4.1, each with its retention. SLF4J has no CRITICAL level: a
 * CRITICAL event is logged at ERROR with the {@code CRITICAL} marker, so that backends can still
 * tell it apart.
 */
public enum EventLevel {
  /** Detailed flow tracing; kept 7 days. */
  DEBUG("7d"),
  /** Business events and state changes; kept 30 days. */
  INFO("30d"),
  /** Recoverable issues and degraded performance; kept 90 days. */
  WARNING("90d"),
  /** Failed operations; kept 1 year. */
  ERROR("365d"),
  /** Data loss or system failure; kept permanently. */
  CRITICAL("permanent");

  private final String retention;

  EventLevel(String retention) {
    this.retention = retention;
  }

  /** How long events of this level are kept, as a Prometheus-style duration or "permanent". */
  public String retention() {
    return retention;
  }
}
