package dev.jarvis.telemetry.processor.model;

/** The type of an event field, which decides how it is written and where it lands by default. */
public enum FieldKind {
  STRING,
  /** Any integral primitive or its box. */
  INTEGRAL,
  /** {@code float}, {@code double} or their boxes. */
  FLOATING,
  /** {@code boolean} or {@code Boolean}. */
  BOOLEAN,
  /** An enum, written as its label value. */
  ENUM,
  /** {@link java.time.Instant}, written in ISO-8601. */
  INSTANT,
  /** {@link java.time.Duration}, written in milliseconds. */
  DURATION,
  /** Any other type, which the encoder cannot write without reflection. */
  UNSUPPORTED;

  /** Whether the field is a measurement, which lands in the {@code metrics} section. */
  public boolean isNumeric() {
    return this == INTEGRAL || this == FLOATING || this == DURATION;
  }
}
