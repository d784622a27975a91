package dev.jarvis.telemetry.benchmarks;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of observing a request duration with two enum labels: through the generated recorder and
 * through held data points of a histogram with the same classic buckets. As in {@link
 * CounterBenchmark}, the baseline holds one data point per entry of the {@link LabelSequence}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class HistogramBenchmark {

  /** The buckets declared on {@link BenchApiMetrics#requestTook}; keep the two equal. */
  static final double[] ROADMAP_BUCKETS = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0
  };

  /** The metrics, shared by all benchmark threads as they would be in an application. */
  @State(Scope.Benchmark)
  public static class Metrics {
    final LabelSequence sequence = new LabelSequence();
    PrometheusRegistry generatedRegistry;
    BenchApiMetrics generated;
    DistributionDataPoint[] heldPoints;
    DistributionDataPoint[] handGrid;
    DistributionDataPoint onePoint;
    BenchApiMetrics withoutCatch;

    @Setup(Level.Trial)
    public void register() {
      // Separate registries: the baseline registers the same metric name as the recorder.
      generatedRegistry = new PrometheusRegistry();
      generated =
          new BenchApiMetricsRecorder(
              JarvisTelemetry.builder().registry(generatedRegistry).build());
      // Built the way JarvisTelemetry.histogram builds the recorder's histogram.
      Histogram histogram =
          Histogram.builder()
              .name("jarvis_api_request_duration_seconds")
              .help("API request latency")
              .unit(Unit.SECONDS)
              .classicOnly()
              .classicUpperBounds(ROADMAP_BUCKETS)
              .labelNames("method", "endpoint")
              .register(new PrometheusRegistry());
      heldPoints = new DistributionDataPoint[LabelSequence.LENGTH];
      for (int i = 0; i < LabelSequence.LENGTH; i++) {
        heldPoints[i] =
            histogram.labelValues(sequence.methods[i].value, sequence.endpoints[i].value);
      }
      onePoint = histogram.labelValues("POST", "/api/v1/generation");
      handGrid =
          new DistributionDataPoint[HttpMethod.values().length * LabelSequence.ENDPOINT_COUNT];
      for (HttpMethod method : HttpMethod.values()) {
        for (Endpoint endpoint : Endpoint.values()) {
          handGrid[method.ordinal() * LabelSequence.ENDPOINT_COUNT + endpoint.ordinal()] =
              histogram.labelValues(method.value, endpoint.value);
        }
      }
      withoutCatch = new RecorderWithoutCatch(handGrid);
    }

    @TearDown(Level.Trial)
    public void check() {
      RecordingErrors.requireNone(generatedRegistry);
    }
  }

  @Benchmark
  public void generatedRecorder(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    LabelSequence sequence = metrics.sequence;
    metrics.generated.requestTook(sequence.methods[i], sequence.endpoints[i], sequence.seconds[i]);
  }

  @Benchmark
  public void cachedDataPoint(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    metrics.heldPoints[i].observe(metrics.sequence.seconds[i]);
  }

  /** The generated recorder's indexing written by hand, as in {@link CounterBenchmark}. */
  @Benchmark
  public void handWrittenGrid(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    LabelSequence sequence = metrics.sequence;
    int point =
        sequence.methods[i].ordinal() * LabelSequence.ENDPOINT_COUNT
            + sequence.endpoints[i].ordinal();
    metrics.handGrid[point].observe(sequence.seconds[i]);
  }

  /** A call site whose labels are constants, as in {@link CounterBenchmark}; the value varies. */
  @Benchmark
  public void generatedConstantLabels(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    metrics.generated.requestTook(
        HttpMethod.POST, Endpoint.GENERATION, metrics.sequence.seconds[i]);
  }

  /** The one data point of {@code POST /api/v1/generation}, resolved once and held. */
  @Benchmark
  public void cachedOnePoint(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    metrics.onePoint.observe(metrics.sequence.seconds[i]);
  }

  /**
   * The generated recorder's constant-label call, into a recorder written like the generated one
   * but without the try/catch that keeps a failing recording from reaching the caller. A
   * diagnostic: the difference to {@link #generatedConstantLabels} is what that guarantee costs.
   */
  @Benchmark
  public void recorderWithoutCatchConstantLabels(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    metrics.withoutCatch.requestTook(
        HttpMethod.POST, Endpoint.GENERATION, metrics.sequence.seconds[i]);
  }

  /** {@code BenchApiMetricsRecorder}'s histogram method as generated, less its try/catch. */
  private static final class RecorderWithoutCatch implements BenchApiMetrics {
    private final DistributionDataPoint[] grid;

    RecorderWithoutCatch(DistributionDataPoint[] grid) {
      this.grid = grid;
    }

    @Override
    public void requestCompleted(HttpMethod method, Endpoint endpoint) {
      throw new UnsupportedOperationException("only the histogram is measured");
    }

    @Override
    public void requestTook(HttpMethod method, Endpoint endpoint, double seconds) {
      grid[method.ordinal() * LabelSequence.ENDPOINT_COUNT + endpoint.ordinal()].observe(seconds);
    }
  }
}
