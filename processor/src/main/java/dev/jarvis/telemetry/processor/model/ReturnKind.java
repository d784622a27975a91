package dev.jarvis.telemetry.processor.model;

/** What a recording method returns. */
public enum ReturnKind {
  VOID,
  /** {@code InFlight}: a gauge moved up now and back down when the handle is closed. */
  IN_FLIGHT,
  /** {@code TimedOperation}: a span, its latency histogram and outcome counter. */
  TIMED_OPERATION,
  /** {@code SpanScope}: a span current until the handle is closed. */
  SPAN_SCOPE,
  UNSUPPORTED
}
