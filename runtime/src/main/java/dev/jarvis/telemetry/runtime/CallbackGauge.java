package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final AtomicBoolean capWarned = new AtomicBoolean();

  CallbackGauge(String name, int maxSeries) {
    this.name = name;
    this.maxSeries = maxSeries;
  }

  /**
   * Reads {@code source} for the series of these label values from now on, replacing any source
   * registered for them before. Label values are put in the form {@link LabelValues#normalize}
   * gives them. Past the metric's series cap the source is ignored, with one warning per metric.
   */
  public void register(DoubleSupplier source, String... labelValues) {
    List<String> key = List.of(LabelValues.normalizeAll(labelValues.clone()));
    if (sources.size() >= maxSeries && !sources.containsKey(key)) {
      // The label values are left out of the line: they may be anything the application passed.
      if (!capWarned.getAndSet(true)) {
        logger.warn(
            "{} already reads {} series; sources for further label values are ignored",
            name,
            maxSeries);
      }
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
