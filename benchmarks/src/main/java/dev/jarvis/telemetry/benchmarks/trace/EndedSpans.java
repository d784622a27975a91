package dev.jarvis.telemetry.benchmarks.trace;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the spans the SDK ended, as the cheapest stand-in for an export pipeline, so that the
 * benchmark can show that the SDK recorded every span rather than dropping it unsampled.
 */
final class EndedSpans implements SpanProcessor {
  private final LongAdder ended = new LongAdder();

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {}

  @Override
  public boolean isStartRequired() {
    return false;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    ended.increment();
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  long count() {
    return ended.sum();
  }
}
