package dev.jarvis.telemetry.runtime.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;

/**
 * The tracer of {@link GlobalOpenTelemetry}, looked up when spans start rather than when recorders
 * are built: an SDK installed after the recorders still receives their spans, and no lookup pins
 * the global instance to the no-op one before the application installs its own.
 */
public final class GlobalTracer implements Tracer {
  private static final Tracer NOOP = OpenTelemetry.noop().getTracer(TracerScope.NAME);

  private volatile Tracer installed;

  /** Whether a tracer is the API's no-op one, whose spans record nothing. */
  public static boolean isNoop(Tracer tracer) {
    return tracer.getClass() == NOOP.getClass();
  }

  /**
   * Whether an OpenTelemetry instance other than the no-op one is installed globally. Checked on
   * every call until one is installed, as that may happen after the recorders were built.
   *
   * <p>Known cost: {@link GlobalOpenTelemetry#isSet()} takes the API's global lock, so until an
   * instance is installed every span method of every thread takes it. An application that traces
   * nothing avoids it by giving the builder {@code OpenTelemetry.noop()}.
   */
  public boolean isInstalled() {
    Tracer tracer = installed;
    if (tracer == null) {
      if (!GlobalOpenTelemetry.isSet()) {
        return false;
      }
      tracer = install();
    }
    return !isNoop(tracer);
  }

  @Override
  public SpanBuilder spanBuilder(String spanName) {
    Tracer tracer = installed;
    if (tracer == null) {
      if (!GlobalOpenTelemetry.isSet()) {
        return NOOP.spanBuilder(spanName);
      }
      tracer = install();
    }
    return tracer.spanBuilder(spanName);
  }

  private Tracer install() {
    Tracer tracer = GlobalOpenTelemetry.get().getTracer(TracerScope.NAME);
    installed = tracer;
    return tracer;
  }
}
