package dev.jarvis.telemetry.runtime.trace;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.context.Scope;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;

/**
 * A span, its latency histogram and its outcome counter, recorded together when the operation is
 * closed. The span is current until then, so spans started inside nest under it, and the
 * histogram's exemplar carries its trace id.
 *
 * <pre>{@code
 * try (TimedOperation query = db.query(SELECT, MESSAGES)) {
 *   return query.succeeded(statement.executeQuery());
 * }
 * }</pre>
 *
 * <p>The outcome reaches the counter through the handle: an operation closed after {@link
 * #succeeded()} counts as {@code success}; one closed without it, because the body threw or
 * returned early, or after {@link #failed(Throwable)}, counts as {@code error} and sets the span
 * status to ERROR. {@code failed} also records the exception on the span. Either way, closing
 * observes the duration once and counts once; closing again does nothing.
 *
 * <p>A handle belongs to the thread that opened it: it is closed there, as the current context of
 * that thread is restored on close.
 */
public final class TimedOperation extends TracedWork {

  /**
   * A handle that records nothing, returned where the operation could not be started. It is shared:
   * being closed from the start, it ignores {@code succeeded} and {@code failed}.
   */
  public static final TimedOperation NONE = new TimedOperation();

  private final JarvisTelemetry telemetry;
  private final String metricName;
  private final Scope scope;
  private final DistributionDataPoint duration;
  private final CounterDataPoint successes;
  private final CounterDataPoint errors;
  private final long startNanos;

  private TimedOperation() {
    super(Span.getInvalid(), true);
    this.telemetry = null;
    this.metricName = null;
    this.scope = Scope.noop();
    this.duration = null;
    this.successes = null;
    this.errors = null;
    this.startNanos = 0;
  }

  private TimedOperation(
      JarvisTelemetry telemetry,
      String metricName,
      Span span,
      DistributionDataPoint duration,
      CounterDataPoint successes,
      CounterDataPoint errors) {
    super(span, false);
    this.telemetry = telemetry;
    this.metricName = metricName;
    this.scope = SpanScope.makeCurrent(span);
    this.duration = duration;
    this.successes = successes;
    this.errors = errors;
    this.startNanos = System.nanoTime();
  }

  /**
   * Starts the span and the clock. The counter points may be null when the operation counts no
   * outcome.
   *
   * @param telemetry takes a failure to record, counted under {@code metricName}
   * @param span the span to start, or null while spans are not recorded: the handle then only
   *     observes the duration and counts the outcome
   */
  public static TimedOperation start(
      JarvisTelemetry telemetry,
      String metricName,
      SpanBuilder span,
      DistributionDataPoint duration,
      CounterDataPoint successes,
      CounterDataPoint errors) {
    return new TimedOperation(
        telemetry,
        metricName,
        span == null ? Span.getInvalid() : span.startSpan(),
        duration,
        successes,
        errors);
  }

  /** Observes the duration, counts the outcome and ends the span. */
  @Override
  void finish(boolean success, Throwable failure) {
    try {
      // Recorded while the span is still current, so that the exemplar carries its trace id.
      duration.observe((System.nanoTime() - startNanos) / 1e9);
      CounterDataPoint outcome = success ? successes : errors;
      if (outcome != null) {
        outcome.inc();
      }
    } catch (RuntimeException recordingFailure) {
      telemetry.recordingFailed(metricName, recordingFailure);
    }
    if (span != Span.getInvalid()) {
      SpanScope.end(span, scope, success, failure, telemetry, metricName);
    }
  }
}
