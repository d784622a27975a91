package dev.jarvis.telemetry.runtime.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;

/**
 * Records a failure on a span as the semantic-convention {@code exception} event, with the type and
 * the frames of the exception and its causes but without their messages, which can quote user
 * content (appendix 11.3), as the JSON log lines do.
 */
final class ExceptionEvents {
  private static final AttributeKey<String> TYPE = AttributeKey.stringKey("exception.type");
  private static final AttributeKey<String> STACKTRACE =
      AttributeKey.stringKey("exception.stacktrace");

  private ExceptionEvents() {}

  static void record(Span span, Throwable failure) {
    span.addEvent(
        "exception",
        Attributes.of(TYPE, failure.getClass().getName(), STACKTRACE, framesOf(failure)));
  }

  private static String framesOf(Throwable failure) {
    StringBuilder frames = new StringBuilder();
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 8; cause = cause.getCause()) {
      frames.append(depth == 0 ? "" : "Caused by: ").append(cause.getClass().getName());
      for (StackTraceElement frame : cause.getStackTrace()) {
        frames.append("\n\tat ").append(frame);
      }
      frames.append('\n');
      depth++;
    }
    return frames.toString();
  }
}
