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
public final class SpanScope implements AutoCloseable {

  /**
   * A scope that records nothing, returned while spans are not recorded or where the span could not
   * be started. It is shared: being closed from the start, it ignores {@code succeeded} and {@code
   * failed}.
   */
  public static final SpanScope NONE = new SpanScope(null, null, Span.getInvalid());

  private final JarvisTelemetry telemetry;
  private final String spanName;
  private final Span span;
  private final Scope scope;
  private boolean succeeded;
  private Throwable failure;
  private boolean closed;

  private SpanScope(JarvisTelemetry telemetry, String spanName, Span span) {
    this.telemetry = telemetry;
    this.spanName = spanName;
    this.span = span;
    this.scope = telemetry == null ? Scope.noop() : makeCurrent(span);
    this.closed = telemetry == null;
  }

  /**
   * Starts the span and makes it current.
   *
   * @param telemetry takes a failure to record, counted under {@code spanName}
   */
  public static SpanScope start(JarvisTelemetry telemetry, String spanName, SpanBuilder span) {
    return new SpanScope(telemetry, spanName, span.startSpan());
  }

  /** The span, to set attributes known only later; keys set here are not checked. */
  public Span span() {
    return span;
  }

  /** Marks the work successful, so the span ends without an error status. */
  public void succeeded() {
    if (!closed) {
      succeeded = true;
    }
  }

  /** Marks the work successful and returns its result, for {@code return scope.succeeded(x)}. */
  public <T> T succeeded(T result) {
    succeeded();
    return result;
  }

  /** Marks the work failed: the exception is recorded on the span when it is closed. */
  public void failed(Throwable failure) {
    if (!closed) {
      this.failure = failure;
    }
  }

  /** Ends the span and restores the context it replaced, once. Never throws. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      end(span, scope, succeeded && failure == null, failure, telemetry, spanName);
    }
  }

  /** Makes a span current, unless it is the invalid one, which would only hide its parent. */
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
