package dev.jarvis.telemetry.runtime.trace;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/**
 * A span that is current until it is closed, so that spans started inside nest under it.
 *
 * <pre>{@code
 * try (SpanScope auth = api.authenticate()) {
 *   checkToken(request);
 *   auth.succeeded();
 * }
 * }</pre>
 *
 * <p>As with {@link TimedOperation}, a span closed without {@link #succeeded()}, or after {@link
 * #failed(Throwable)}, ends with status ERROR, and {@code failed} records the exception. A scope
 * belongs to the thread that opened it and is closed there.
 */
public final class SpanScope extends TracedWork {

  /**
   * A scope that records nothing, returned while spans are not recorded or where the span could not
   * be started. It is shared: being closed from the start, it ignores {@code succeeded} and {@code
   * failed}.
   */
  public static final SpanScope NONE = new SpanScope(null, null, Span.getInvalid());

  private final JarvisTelemetry telemetry;
  private final String spanName;
  private final Scope scope;

  private SpanScope(JarvisTelemetry telemetry, String spanName, Span span) {
    super(span, telemetry == null);
    this.telemetry = telemetry;
    this.spanName = spanName;
    this.scope = telemetry == null ? Scope.noop() : makeCurrent(span);
  }

  /**
   * Starts the span and makes it current.
   *
   * @param telemetry takes a failure to record, counted under {@code spanName}
   */
  public static SpanScope start(JarvisTelemetry telemetry, String spanName, SpanBuilder span) {
    return new SpanScope(telemetry, spanName, span.startSpan());
  }

  /** Ends the span and restores the context it replaced. */
  @Override
  void finish(boolean success, Throwable failure) {
    end(span, scope, success, failure, telemetry, spanName);
  }

  /** Makes a span current, unless it is the invalid one, which would only hide its parent. */
  @SuppressWarnings("MustBeClosedChecker") // the handle holds the scope and closes it on close()
  static Scope makeCurrent(Span span) {
    return span.getSpanContext().isValid() ? span.makeCurrent() : Scope.noop();
  }

  static void end(
      Span span,
      Scope scope,
      boolean success,
      Throwable failure,
      JarvisTelemetry telemetry,
      String name) {
    try {
      if (!success) {
        if (failure != null) {
          ExceptionEvents.record(span, failure);
          span.setStatus(StatusCode.ERROR, failure.getClass().getName());
        } else {
          span.setStatus(StatusCode.ERROR, "closed before it succeeded");
        }
      }
      span.end();
    } catch (RuntimeException endFailure) {
      telemetry.recordingFailed(name, endFailure);
    } finally {
      scope.close();
    }
  }
}
