package dev.jarvis.telemetry.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The series of a metric with labels whose values are not known at compile time ({@code String} and
 * {@code int} labels). At most a fixed number of distinct label value combinations get a series of
 * their own; every later combination is recorded in one overflow series, whose label values are all
 * {@value #OVERFLOW}, and counted in {@code jarvis_telemetry_series_overflow_total}.
 *
 * @param <P> the data point type of the metric
 */
public final class OpenSeries<P> {

  /** The label value of the overflow series. */
  public static final String OVERFLOW = "_overflow";

  private final ConcurrentMap<List<String>, P> series = new ConcurrentHashMap<>();
  private final AtomicInteger admitted = new AtomicInteger();
  private final Function<String[], P> resolver;
  private final int maxSeries;
  private final String[] overflowValues;
  private final CounterDataPoint overflowCount;
  private volatile P overflow;

  OpenSeries(
      Function<String[], P> resolver,
      int labelCount,
      int maxSeries,
      CounterDataPoint overflowCount) {
    this.resolver = resolver;
    this.maxSeries = maxSeries;
    this.overflowCount = overflowCount;
    this.overflowValues = new String[labelCount];
    Arrays.fill(overflowValues, OVERFLOW);
  }

  /**
   * Returns the data point of these label values, or the overflow series when the metric already
   * has its maximum number of series. Each value is first put in the form {@link
   * LabelValues#normalize} gives it, so that values that would expose alike share one series. The
   * array is kept and changed; pass a new one on each call.
   */
  public P get(String... labelValues) {
    List<String> key = Arrays.asList(LabelValues.normalizeAll(labelValues));
    P point = series.get(key);
    if (point != null) {
      return point;
    }
    point = series.computeIfAbsent(key, this::admit);
    if (point != null) {
      return point;
    }
    overflowCount.inc();
    return overflow();
  }

  /** The number of label value combinations that have a series of their own. */
  public int size() {
    return admitted.get();
  }

  // The overflow series is created on first use, so that a metric that never overflows does not
  // expose an empty one.
  private P overflow() {
    P point = overflow;
    if (point == null) {
      synchronized (this) {
        point = overflow;
        if (point == null) {
          point = resolver.apply(overflowValues.clone());
          overflow = point;
        }
      }
    }
    return point;
  }

  private P admit(List<String> key) {
    if (admitted.incrementAndGet() > maxSeries) {
      admitted.decrementAndGet();
      return null;
    }
    return resolver.apply(key.toArray(new String[0]));
  }
}
