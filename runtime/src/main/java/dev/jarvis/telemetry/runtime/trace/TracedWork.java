package dev.jarvis.telemetry.runtime.trace;

import io.opentelemetry.api.trace.Span;

/**
 * What {@link SpanScope} and {@link TimedOperation} share: a span, and the outcome the caller marks
 * before closing. Closing finishes the work once; a handle closed from the start, as the shared
 * {@code NONE} ones are, ignores the marks, so that threads sharing it cannot disturb each other.
 */
abstract class TracedWork implements AutoCloseable {
  final Span span;
  private boolean succeeded;
  private Throwable failure;
  private boolean closed;

  TracedWork(Span span, boolean closed) {
    this.span = span;
    this.closed = closed;
  }

  /** The span, to set attributes known only later; keys set here are not checked. */
  public final Span span() {
    return span;
  }

  /**
   * Marks the work successful: its span ends without an error status, and a timed operation counts
   * as {@code success}.
   */
  public final void succeeded() {
    if (!closed) {
      succeeded = true;
    }
  }

  /** Marks the work successful and returns its result, for {@code return work.succeeded(x)}. */
  public final <T> T succeeded(T result) {
    succeeded();
    return result;
  }

  /** Marks the work failed: the exception is recorded on the span when it is closed. */
  public final void failed(Throwable failure) {
    if (!closed) {
      this.failure = failure;
    }
  }

  /** Finishes the work, once; closing again does nothing. Never throws. */
  @Override
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    finish(succeeded && failure == null, failure);
  }

  /** Records the end of the work: whether it succeeded, and the failure marked, if any. */
  abstract void finish(boolean success, Throwable failure);
}
