package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;

/**
 * A unit of work counted in a gauge while it runs. Closing it takes the work off the gauge again;
 * closing it twice has no further effect.
 *
 * <pre>{@code
 * try (InFlight request = api.requestsInflight(HttpMethod.POST, Endpoint.GENERATION)) {
 *   handle(request);
 * }
 * }</pre>
 */
public interface InFlight extends AutoCloseable {

  /** A handle that counts nothing, returned where the gauge could not be moved. */
  InFlight NONE = () -> {};

  /** Adds one to the gauge and returns the handle that takes it off again. */
  static InFlight enter(GaugeDataPoint gauge) {
    return new GaugeInFlight(gauge);
  }

  /** Takes the work off the gauge. Never throws. */
  @Override
  void close();
}
