package dev.jarvis.telemetry.processor.model;

/** How a label parameter's values are known, which decides how its series are found. */
public enum LabelKind {
  /** An enum: the values are its constants, resolved to series once. */
  ENUM,
  /** A boolean: the values {@code false} and {@code true}, resolved to series once. */
  BOOLEAN,
  /** An {@code int} code, such as an HTTP status: looked up per call, capped at run time. */
  INT,
  /** A {@code String}: looked up per call, capped at run time. */
  STRING,
  /** Any other type, which cannot be a label. */
  UNSUPPORTED;

  /** Whether every value is known at compile time. */
  public boolean isClosed() {
    return this == ENUM || this == BOOLEAN;
  }
}
