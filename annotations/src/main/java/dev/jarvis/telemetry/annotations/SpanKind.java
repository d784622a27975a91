package dev.jarvis.telemetry.annotations;

/** The role of a span in a trace, as OpenTelemetry defines it. */
public enum SpanKind {
  INTERNAL,
  /** Handles a request from outside the process. */
  SERVER,
  /** Calls out of the process and waits for the answer. */
  CLIENT,
  PRODUCER,
  CONSUMER
}
