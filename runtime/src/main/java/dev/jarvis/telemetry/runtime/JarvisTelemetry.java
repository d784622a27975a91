package dev.jarvis.telemetry.runtime;

import dev.jarvis.telemetry.runtime.privacy.Privacy;
import dev.jarvis.telemetry.runtime.trace.GlobalTracer;
import dev.jarvis.telemetry.runtime.trace.TracerScope;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The one object generated recorders are built from: it owns the metrics of a Prometheus registry,
 * the series cap for labels with open value sets, and the handling of failed recordings.
 *
 * <pre>{@code
 * JarvisTelemetry telemetry = JarvisTelemetry.create();
 * ApiMetrics api = new ApiMetricsRecorder(telemetry);
 * }</pre>
 *
 * <p>Recorders built from the same instance share metrics: a second recorder of an interface
 * records into the series of the first instead of failing on a duplicate registration.
 */
public final class JarvisTelemetry {

  /** The default number of series a metric with {@code String} or {@code int} labels may have. */
  public static final int DEFAULT_MAX_SERIES_PER_METRIC = 500;

  private static final List<String> BASE_UNITS = List.of("seconds", "bytes", "ratio");

  private final PrometheusRegistry registry;
  private final int maxSeriesPerMetric;
  private final Map<String, Registration> metrics = new ConcurrentHashMap<>();
  private final Counter seriesOverflow;
  private final RecordingFailures failures;
  private final RecordingFailures eventFailures;
  private final Supplier<Privacy> privacySource;
  private final Tracer tracer;
  private final GlobalTracer globalTracer;
  private final boolean givenTracerRecords;
  private volatile Privacy privacy;

  private JarvisTelemetry(Builder builder) {
    this.registry = builder.registry;
    this.maxSeriesPerMetric = builder.maxSeriesPerMetric;
    this.seriesOverflow =
        Counter.builder()
            .name("jarvis_telemetry_series_overflow_total")
            .help("Recordings whose label values exceeded the series cap of their metric")
            .labelNames("metric")
            .register(registry);
    this.failures =
        new RecordingFailures(
            registry,
            "jarvis_telemetry_recording_errors_total",
            "Recording calls that failed and were dropped, by metric",
            "metric");
    this.eventFailures =
        new RecordingFailures(
            registry,
            "jarvis_telemetry_event_errors_total",
            "Events that failed to be logged and were dropped, by event type",
            "event");
    this.privacySource = builder.privacy;
    if (builder.openTelemetry == null) {
      this.globalTracer = new GlobalTracer();
      this.tracer = globalTracer;
      this.givenTracerRecords = false;
    } else {
      this.globalTracer = null;
      this.tracer = builder.openTelemetry.getTracer(TracerScope.NAME);
      this.givenTracerRecords = !GlobalTracer.isNoop(tracer);
    }
  }

  /** Records into the default Prometheus registry with the default series cap. */
  public static JarvisTelemetry create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The registry the metrics are registered in, for export. */
  public PrometheusRegistry registry() {
    return registry;
  }

  /**
   * The tracer spans are started with: of the {@link OpenTelemetry} given to the builder, else of
   * {@code GlobalOpenTelemetry} once one is installed, and no-op until then.
   */
  public Tracer tracer() {
    return tracer;
  }

  /**
   * Whether spans started now can be recorded: false while the tracer is the API's no-op one, and
   * then recorders build no span and compute no attribute value, recording their metrics only.
   */
  public boolean tracesSpans() {
    return globalTracer == null ? givenTracerRecords : globalTracer.isInstalled();
  }

  /** The number of series a metric with open label value sets may have before it overflows. */
  public int maxSeriesPerMetric() {
    return maxSeriesPerMetric;
  }

  /** Returns the counter of this name, registering it on first use. */
  public Counter counter(String name, String help, String... labelNames) {
    return register(
        "counter",
        name,
        labelNames,
        Counter.class,
        target ->
            withUnit(Counter.builder(), name)
                .name(name)
                .help(help)
                .labelNames(labelNames)
                .register(target));
  }

  /** Returns the gauge of this name, registering it on first use. */
  public Gauge gauge(String name, String help, String... labelNames) {
    return register(
        "gauge",
        name,
        labelNames,
        Gauge.class,
        target ->
            withUnit(Gauge.builder(), name)
                .name(name)
                .help(help)
                .labelNames(labelNames)
                .register(target));
  }

  /**
   * Returns the histogram of this name, registering it on first use with exactly these classic
   * buckets (no native histogram), so that the exposition carries the declared bounds.
   */
  public Histogram histogram(String name, String help, double[] buckets, String... labelNames) {
    return register(
        "histogram" + Arrays.toString(buckets),
        name,
        labelNames,
        Histogram.class,
        target ->
            withUnit(Histogram.builder(), name)
                .name(name)
                .help(help)
                .classicOnly()
                .classicUpperBounds(buckets)
                .labelNames(labelNames)
                .register(target));
  }

  /** Returns the callback gauge of this name, registering it on first use. */
  public CallbackGauge callbackGauge(String name, String help, String... labelNames) {
    return register(
        "callback gauge",
        name,
        labelNames,
        CallbackGauge.class,
        target -> {
          CallbackGauge gauge = new CallbackGauge(name, maxSeriesPerMetric);
          withUnit(GaugeWithCallback.builder(), name)
              .name(name)
              .help(help)
              .labelNames(labelNames)
              .callback(gauge::collect)
              .register(target);
          return gauge;
        });
  }

  /**
   * Returns the capped series of a metric with open label value sets. Each call makes a new view
   * with its own count; recorders call it once per metric.
   */
  public <P> OpenSeries<P> openSeries(
      String metricName, int labelCount, Function<String[], P> resolver) {
    return new OpenSeries<>(
        resolver, labelCount, maxSeriesPerMetric, seriesOverflow.labelValues(metricName));
  }

  /**
   * Resolves the data point of every combination of closed label values, in row-major order: the
   * point of value indexes {@code i, j} of tables of sizes {@code m, n} is at {@code i * n + j}.
   */
  public static <P> P[] grid(
      Function<String[], P> resolver, IntFunction<P[]> newArray, String[]... labelValueTables) {
    int size = 1;
    for (String[] table : labelValueTables) {
      size *= table.length;
    }
    P[] points = newArray.apply(size);
    String[] labelValues = new String[labelValueTables.length];
    for (int index = 0; index < size; index++) {
      int rest = index;
      for (int label = labelValueTables.length - 1; label >= 0; label--) {
        String[] table = labelValueTables[label];
        labelValues[label] = table[rest % table.length];
        rest /= table.length;
      }
      points[index] = resolver.apply(labelValues.clone());
    }
    return points;
  }

  /**
   * The privacy operations of event fields. Made on first use, so that an application that logs no
   * events is not warned about a missing hashing key.
   */
  public Privacy privacy() {
    Privacy current = privacy;
    if (current == null) {
      synchronized (this) {
        current = privacy;
        if (current == null) {
          current = privacySource.get();
          privacy = current;
        }
      }
    }
    return current;
  }

  /**
   * Takes a failure of a recording call: counts it in {@code
   * jarvis_telemetry_recording_errors_total} and logs the first one of each metric. Never throws.
   */
  public void recordingFailed(String metricName, RuntimeException failure) {
    failures.record(metricName, failure);
  }

  /**
   * Takes a failure of an event call: counts it in {@code jarvis_telemetry_event_errors_total} and
   * logs the first one of each event type. Never throws.
   */
  public void eventFailed(String eventType, RuntimeException failure) {
    eventFailures.record(eventType, failure);
  }

  private <M> M register(
      String kind,
      String name,
      String[] labelNames,
      Class<M> type,
      Function<PrometheusRegistry, M> registrar) {
    String signature = kind + List.of(labelNames);
    Registration registration =
        metrics.computeIfAbsent(
            name, key -> new Registration(signature, registrar.apply(registry)));
    if (!registration.signature.equals(signature)) {
      throw new IllegalArgumentException(
          name
              + " is already registered as "
              + registration.signature
              + "; it cannot also be a "
              + signature);
    }
    return type.cast(registration.metric);
  }

  private static <B extends MetricWithFixedMetadata.Builder<B, ?>> B withUnit(
      B builder, String name) {
    String stem = name.endsWith("_total") ? name.substring(0, name.length() - 6) : name;
    for (String unit : BASE_UNITS) {
      if (stem.endsWith("_" + unit)) {
        return builder.unit(new Unit(unit));
      }
    }
    return builder;
  }

  private static final class Registration {
    final String signature;
    final Object metric;

    Registration(String signature, Object metric) {
      this.signature = signature;
      this.metric = metric;
    }
  }

  /** Sets up a {@link JarvisTelemetry}. */
  public static final class Builder {
    private PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
    private int maxSeriesPerMetric = DEFAULT_MAX_SERIES_PER_METRIC;
    private Supplier<Privacy> privacy = Privacy::fromEnvironment;
    private OpenTelemetry openTelemetry;

    private Builder() {}

    /**
     * The OpenTelemetry instance spans are started in. Unset, spans go to {@code
     * GlobalOpenTelemetry}, and are no-ops while no SDK is installed there; the runtime itself
     * needs only the OpenTelemetry API. Given {@code OpenTelemetry.noop()}, span methods record
     * their metrics only, without looking at the global instance, whose check takes a lock.
     */
    public Builder openTelemetry(OpenTelemetry openTelemetry) {
      if (openTelemetry == null) {
        throw new IllegalArgumentException("openTelemetry must not be null");
      }
      this.openTelemetry = openTelemetry;
      return this;
    }

    /**
     * The privacy operations for event fields; by default keyed from the {@code JARVIS_HASH_KEY}
     * environment variable.
     */
    public Builder privacy(Privacy privacy) {
      if (privacy == null) {
        throw new IllegalArgumentException("privacy must not be null");
      }
      this.privacy = () -> privacy;
      return this;
    }

    /** The registry to register metrics in; the default registry unless set. */
    public Builder registry(PrometheusRegistry registry) {
      if (registry == null) {
        throw new IllegalArgumentException("registry must not be null");
      }
      this.registry = registry;
      return this;
    }

    /**
     * How many series a metric with {@code String} or {@code int} labels may have; later label
     * values are recorded in one overflow series. Default {@value
     * JarvisTelemetry#DEFAULT_MAX_SERIES_PER_METRIC}.
     */
    public Builder maxSeriesPerMetric(int maxSeriesPerMetric) {
      if (maxSeriesPerMetric < 1) {
        throw new IllegalArgumentException(
            "maxSeriesPerMetric must be at least 1, was " + maxSeriesPerMetric);
      }
      this.maxSeriesPerMetric = maxSeriesPerMetric;
      return this;
    }

    public JarvisTelemetry build() {
      return new JarvisTelemetry(this);
    }
  }
}
