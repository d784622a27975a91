package dev.jarvis.telemetry.benchmarks;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
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
 * The cost of counting a request with two enum labels: through the generated recorder, through data
 * points the caller resolved once and holds, and through {@code labelValues} on every call.
 *
 * <p>The held data points are the baseline: one per entry of the {@link LabelSequence}, so that the
 * baseline reads its point from an array exactly as often as the other variants read their labels.
 * What the generated recorder adds on top is its own index arithmetic, the array load of its grid
 * and the interface call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class CounterBenchmark {

  /** The metrics, shared by all benchmark threads as they would be in an application. */
  @State(Scope.Benchmark)
  public static class Metrics {
    final LabelSequence sequence = new LabelSequence();
    PrometheusRegistry generatedRegistry;
    BenchApiMetrics generated;
    Counter counter;
    CounterDataPoint[] heldPoints;
    CounterDataPoint[] handGrid;
    CounterDataPoint onePoint;

    @Setup(Level.Trial)
    public void register() {
      // Separate registries: the baseline registers the same metric name as the recorder.
      generatedRegistry = new PrometheusRegistry();
      generated =
          new BenchApiMetricsRecorder(
              JarvisTelemetry.builder().registry(generatedRegistry).build());
      counter =
          Counter.builder()
              .name("jarvis_api_requests_total")
              .help("Total API requests")
              .labelNames("method", "endpoint")
              .register(new PrometheusRegistry());
      heldPoints = new CounterDataPoint[LabelSequence.LENGTH];
      for (int i = 0; i < LabelSequence.LENGTH; i++) {
        heldPoints[i] = counter.labelValues(sequence.methods[i].value, sequence.endpoints[i].value);
      }
      onePoint = counter.labelValues("POST", "/api/v1/generation");
      handGrid = new CounterDataPoint[HttpMethod.values().length * LabelSequence.ENDPOINT_COUNT];
      for (HttpMethod method : HttpMethod.values()) {
        for (Endpoint endpoint : Endpoint.values()) {
          handGrid[method.ordinal() * LabelSequence.ENDPOINT_COUNT + endpoint.ordinal()] =
              counter.labelValues(method.value, endpoint.value);
        }
      }
    }

    @TearDown(Level.Trial)
    public void check() {
      RecordingErrors.requireNone(generatedRegistry);
    }
  }

  @Benchmark
  public void generatedRecorder(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    metrics.generated.requestCompleted(metrics.sequence.methods[i], metrics.sequence.endpoints[i]);
  }

  @Benchmark
  public void cachedDataPoint(Metrics metrics, SequenceCursor cursor) {
    metrics.heldPoints[cursor.next()].inc();
  }

  /**
   * What the generated recorder does, written by hand: the same grid indexing, without the
   * interface call and the try/catch. Separates the cost of finding the point of two labels from
   * any cost of the recorder itself.
   */
  @Benchmark
  public void handWrittenGrid(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    LabelSequence sequence = metrics.sequence;
    int point =
        sequence.methods[i].ordinal() * LabelSequence.ENDPOINT_COUNT
            + sequence.endpoints[i].ordinal();
    metrics.handGrid[point].inc();
  }

  @Benchmark
  public void labelValuesPerCall(Metrics metrics, SequenceCursor cursor) {
    int i = cursor.next();
    metrics
        .counter
        .labelValues(metrics.sequence.methods[i].value, metrics.sequence.endpoints[i].value)
        .inc();
  }

  /**
   * A call site whose labels are constants, the common shape in application code. No label is read
   * from the sequence, only the two enum constants' ordinals, so this is compared with {@link
   * #cachedOnePoint}, not with the varying-label baseline. The cursor still steps, to keep the loop
   * the same as the others.
   */
  @Benchmark
  public void generatedConstantLabels(Metrics metrics, SequenceCursor cursor) {
    cursor.next();
    metrics.generated.requestCompleted(HttpMethod.POST, Endpoint.GENERATION);
  }

  /** The one data point of {@code POST /api/v1/generation}, resolved once and held. */
  @Benchmark
  public void cachedOnePoint(Metrics metrics, SequenceCursor cursor) {
    cursor.next();
    metrics.onePoint.inc();
  }
}
