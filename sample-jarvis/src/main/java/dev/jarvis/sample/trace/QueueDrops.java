package dev.jarvis.sample.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;

/**
 * Reads how many spans the SDK's batch processor dropped because its queue was full, from the
 * processor's own {@code processedSpans} counter with {@code dropped=true}. Registered on the SDK's
 * meter provider, whose metrics go nowhere else; it collects only when asked, at scrape.
 */
final class QueueDrops implements MetricReader {
  private static final String PROCESSED_SPANS = "processedSpans";
  private static final AttributeKey<Boolean> DROPPED = AttributeKey.booleanKey("dropped");

  private volatile CollectionRegistration registration = CollectionRegistration.noop();

  @Override
  public void register(CollectionRegistration registration) {
    this.registration = registration;
  }

  /** The spans dropped so far; 0 before the SDK registered this reader. */
  long spans() {
    long dropped = 0;
    for (MetricData metric : registration.collectAllMetrics()) {
      if (metric.getName().equals(PROCESSED_SPANS) && metric.getType() == MetricDataType.LONG_SUM) {
        for (LongPointData point : metric.getLongSumData().getPoints()) {
          if (Boolean.TRUE.equals(point.getAttributes().get(DROPPED))) {
            dropped += point.getValue();
          }
        }
      }
    }
    return dropped;
  }

  @Override
  public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
    return AggregationTemporality.CUMULATIVE;
  }

  @Override
  public CompletableResultCode forceFlush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    registration = CollectionRegistration.noop();
    return CompletableResultCode.ofSuccess();
  }
}
