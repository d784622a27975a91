package dev.jarvis.sample.trace;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the spans that ended last, at most {@link #CAPACITY}, so that the service shows its traces
 * without a collector: {@code GET /debug/spans} reads them. Older spans are dropped first.
 */
public final class RecentSpans implements SpanProcessor {
  public static final int CAPACITY = 2048;

  private final ArrayDeque<SpanData> spans = new ArrayDeque<>();

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {}

  @Override
  public boolean isStartRequired() {
    return false;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    SpanData data = span.toSpanData();
    synchronized (spans) {
      if (spans.size() == CAPACITY) {
        spans.removeFirst();
      }
      spans.addLast(data);
    }
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  /** The kept spans, oldest first. */
  public List<SpanData> snapshot() {
    synchronized (spans) {
      return new ArrayList<>(spans);
    }
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
