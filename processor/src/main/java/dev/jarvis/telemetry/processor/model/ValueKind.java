package dev.jarvis.telemetry.processor.model;

/** The type of the parameter that carries a metric's measured value. */
public enum ValueKind {
  /** {@code int} or {@code long}. */
  INTEGRAL,
  /** {@code float} or {@code double}. */
  FLOATING,
  /** {@link java.time.Duration}, recorded in seconds. */
  DURATION,
  /** {@link java.util.function.DoubleSupplier}, read at every scrape. */
  SUPPLIER,
  /** Any other type. */
  UNSUPPORTED
}
