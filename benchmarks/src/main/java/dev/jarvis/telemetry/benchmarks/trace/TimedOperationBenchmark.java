package dev.jarvis.telemetry.benchmarks.trace;

import dev.jarvis.telemetry.benchmarks.RecordingErrors;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The cost of a timed operation, a span with its latency histogram and outcome counter, against the
 * same three calls written by hand against the OpenTelemetry API and prometheus-metrics-core: once
 * with the SDK recording every span (counted as it ends, in place of an exporter), and once with no
 * SDK installed globally, where the recorder builds no span and the handle's cost over the
 * histogram alone shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class TimedOperationBenchmark {
  private static final QueryOperation[] OPERATIONS = QueryOperation.values();

  /** The recorders and the hand-held metrics, shared as they would be in an application. */
  @State(org.openjdk.jmh.annotations.Scope.Benchmark)
  public static class Operations {
    final EndedSpans ended = new EndedSpans();
    OpenTelemetrySdk sdk;
    BenchDbMetrics withSdk;
    BenchDbMetrics withoutSdk;
    BenchDbMetrics givenNoop;
    Tracer handTracer;
    String[] spanNames;
    String[] operationNames;
    DistributionDataPoint[] handDurations;
    CounterDataPoint[] handSuccesses;
    DistributionDataPoint handSelect;
    PrometheusRegistry sdkRegistry;
    PrometheusRegistry noopRegistry;
    PrometheusRegistry givenNoopRegistry;
    int next;

    @Setup(Level.Trial)
    public void build() {
      sdk =
          OpenTelemetrySdk.builder()
              .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(ended).build())
              .build();
      sdkRegistry = new PrometheusRegistry();
      noopRegistry = new PrometheusRegistry();
      givenNoopRegistry = new PrometheusRegistry();
      withSdk =
          new BenchDbMetricsRecorder(
              JarvisTelemetry.builder().registry(sdkRegistry).openTelemetry(sdk).build());
      withoutSdk =
          new BenchDbMetricsRecorder(JarvisTelemetry.builder().registry(noopRegistry).build());
      givenNoop =
          new BenchDbMetricsRecorder(
              JarvisTelemetry.builder()
                  .registry(givenNoopRegistry)
                  .openTelemetry(OpenTelemetry.noop())
                  .build());

      handTracer = sdk.getTracer("hand-written");
      PrometheusRegistry handRegistry = new PrometheusRegistry();
      Histogram durations =
          Histogram.builder()
              .name("jarvis_db_query_duration_seconds")
              .help("Database query latency")
              .unit(Unit.SECONDS)
              .classicOnly()
              .labelNames("operation")
              .register(handRegistry);
      Counter queries =
          Counter.builder()
              .name("jarvis_db_queries_total")
              .help("Queries by outcome")
              .labelNames("operation", "outcome")
              .register(handRegistry);
      spanNames = new String[OPERATIONS.length];
      operationNames = new String[OPERATIONS.length];
      handDurations = new DistributionDataPoint[OPERATIONS.length];
      handSuccesses = new CounterDataPoint[OPERATIONS.length];
      for (QueryOperation operation : OPERATIONS) {
        String name = operation.name().toLowerCase(Locale.ROOT);
        operationNames[operation.ordinal()] = name;
        spanNames[operation.ordinal()] = "db.query." + name;
        handDurations[operation.ordinal()] = durations.labelValues(name);
        handSuccesses[operation.ordinal()] = queries.labelValues(name, "success");
      }
      handSelect =
          Histogram.builder()
              .name("jarvis_db_select_duration_seconds")
              .help("Select latency")
              .unit(Unit.SECONDS)
              .classicOnly()
              .register(new PrometheusRegistry())
              .labelValues();
    }

    @TearDown(Level.Trial)
    public void check(BenchmarkParams params) {
      sdk.close();
      if (params.getBenchmark().endsWith("WithSdk") && ended.count() == 0) {
        throw new IllegalStateException("The SDK recorded no span; the comparison is void");
      }
      RecordingErrors.requireNone(sdkRegistry);
      RecordingErrors.requireNone(noopRegistry);
      RecordingErrors.requireNone(givenNoopRegistry);
    }

    int nextOperation() {
      next = (next + 1) & 3;
      return next;
    }
  }

  @Benchmark
  public TimedOperation timedHandleWithSdk(Operations operations) {
    try (TimedOperation query = operations.withSdk.query(OPERATIONS[operations.nextOperation()])) {
      query.succeeded();
      return query;
    }
  }

  /** What the timed handle does, written against the two libraries by hand. */
  @SuppressWarnings("try") // the span is made current for the histogram's exemplar
  @Benchmark
  public Span handWrittenWithSdk(Operations operations) {
    int i = operations.nextOperation();
    Span span =
        operations
            .handTracer
            .spanBuilder(operations.spanNames[i])
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.operation.name", operations.operationNames[i])
            .startSpan();
    long start = System.nanoTime();
    try (Scope scope = span.makeCurrent()) {
      operations.handDurations[i].observe((System.nanoTime() - start) / 1e9);
      operations.handSuccesses[i].inc();
    } finally {
      span.end();
    }
    return span;
  }

  @Benchmark
  public TimedOperation timedHandleWithoutSdk(Operations operations) {
    try (TimedOperation select = operations.withoutSdk.select()) {
      select.succeeded();
      return select;
    }
  }

  /**
   * The handle of a recorder given the no-op instance, which never looks at the global one: no
   * goal, it shows what that look costs.
   */
  @Benchmark
  public TimedOperation timedHandleGivenNoop(Operations operations) {
    try (TimedOperation select = operations.givenNoop.select()) {
      select.succeeded();
      return select;
    }
  }

  /** The histogram alone, timed by hand: what the handle costs over it without an SDK. */
  @Benchmark
  public long histogramAlone(Operations operations) {
    long start = System.nanoTime();
    operations.handSelect.observe((System.nanoTime() - start) / 1e9);
    return start;
  }
}
