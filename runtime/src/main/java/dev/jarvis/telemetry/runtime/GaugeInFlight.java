package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import java.util.concurrent.atomic.AtomicBoolean;

/** Adds one to a gauge data point when opened and takes it off once when closed. */
final class GaugeInFlight extends AtomicBoolean implements InFlight {
  private static final long serialVersionUID = 1L;

  private final transient GaugeDataPoint gauge;

  GaugeInFlight(GaugeDataPoint gauge) {
    this.gauge = gauge;
    gauge.inc();
  }

  @Override
  public void close() {
    if (compareAndSet(false, true)) {
      gauge.dec();
    }
  }
}
