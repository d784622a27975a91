package dev.jarvis.telemetry.annotations;

/** The Prometheus metric types a {@link JarvisMetric} method can record. */
public enum MetricType {
  /** A value that only goes up; its name ends in {@code _total}. */
  COUNTER,
  /** A value that goes up and down, set, moved, or read by a callback at scrape time. */
  GAUGE,
  /** A distribution of observations over fixed buckets. */
  HISTOGRAM
}
