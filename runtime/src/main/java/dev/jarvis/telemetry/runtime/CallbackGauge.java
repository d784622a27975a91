package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gauge whose values are read from suppliers at scrape time, one supplier per label value
 * combination. A supplier that returns NaN, or throws, leaves its series out of that scrape: a
 * value that cannot be read is absent rather than a made-up zero.
 */
public final class CallbackGauge {
  private static final Logger logger = LoggerFactory.getLogger(CallbackGauge.class);

  private final String name;
  private final int maxSeries;
  private final Map<List<String>, DoubleSupplier> sources = new ConcurrentHashMap<>();
  private final Map<List<String>, Boolean> failuresLogged = new ConcurrentHashMap<>();

  CallbackGauge(String name, int maxSeries) {
    this.name = name;
    this.maxSeries = maxSeries;
  }

  /**
   * Reads {@code source} for the series of these label values from now on, replacing any source
   * registered for them before. Past the metric's series cap the source is ignored.
   */
  public void register(DoubleSupplier source, String... labelValues) {
    List<String> key = List.copyOf(Arrays.asList(labelValues));
    if (sources.size() >= maxSeries && !sources.containsKey(key)) {
      logger.warn("{} already reads {} series; the source for {} is ignored", name, maxSeries, key);
      return;
    }
    sources.put(key, source);
  }

  void collect(GaugeWithCallback.Callback callback) {
    sources.forEach(
        (labelValues, source) -> {
          double value;
          try {
            value = source.getAsDouble();
          } catch (RuntimeException failure) {
            if (failuresLogged.putIfAbsent(labelValues, Boolean.TRUE) == null) {
              logger.warn(
                  "Reading {}{} failed; the series is left out", name, labelValues, failure);
            }
            return;
          }
          if (!Double.isNaN(value)) {
            callback.call(value, labelValues.toArray(new String[0]));
          }
        });
  }
}
