package dev.jarvis.sample.trace;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the spans of every batch an exporter reports as failed: refused, unreachable, or timed
 * out. The exporter itself keeps its own timeout, so a slow collector delays only the batch
 * processor's single export thread, never the threads that end spans.
 */
final class FailedExports {
  private final LongAdder spans = new LongAdder();

  /** The exporter, counting the spans of its failed batches here. */
  SpanExporter counting(SpanExporter exporter) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> batch) {
        int size = batch.size();
        CompletableResultCode result = exporter.export(batch);
        result.whenComplete(
            () -> {
              if (!result.isSuccess()) {
                spans.add(size);
              }
            });
        return result;
      }

      @Override
      public CompletableResultCode flush() {
        return exporter.flush();
      }

      @Override
      public CompletableResultCode shutdown() {
        return exporter.shutdown();
      }

      @Override
      public String toString() {
        return "FailedExports{" + exporter + "}";
      }
    };
  }

  long spans() {
    return spans.sum();
  }
}
