package dev.jarvis.telemetry.processor;

import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jarvis.telemetry.runtime.InFlight;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBucket;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs a generated recorder against a real Prometheus registry and reads back what a scrape sees.
 * The recorder is compiled once and built fresh for each test, with a cap of three series per
 * metric so that the overflow is easy to reach.
 */
class RecorderRuntimeTest {

  private static final JavaFileObject API_METRICS =
      subsystem(
          "ApiMetrics",
          """
            enum HttpMethod { @LabelValue("GET") GET, @LabelValue("POST") POST }

            enum Endpoint { GENERATION, HEALTH }

            @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
            void requestCompleted(HttpMethod method, Endpoint endpoint);

            @JarvisMetric(name = "jarvis_api_responses_total", type = COUNTER, help = "Responses")
            void responded(int statusCode);

            @JarvisMetric(
                name = "jarvis_classifier_fallback_total",
                type = COUNTER,
                help = "Fallbacks to the default classification")
            void fellBack(String reason);

            @JarvisMetric(
                name = "jarvis_api_requests_inflight",
                type = GAUGE,
                help = "Current in-flight requests")
            InFlight requestStarted(Endpoint endpoint);

            @JarvisMetric(
                name = "jarvis_generation_tokens_total",
                type = COUNTER,
                help = "Total tokens generated")
            void tokensGenerated(@Value long tokens);

            @JarvisMetric(
                name = "jarvis_prefetch_cost_saved_seconds_total",
                type = COUNTER,
                help = "Cumulative latency saved by prefetching")
            void costSaved(@Value double seconds);

            @JarvisMetric(
                name = "jarvis_api_request_duration_seconds",
                type = HISTOGRAM,
                help = "API request latency",
                buckets = {0.1, 1.0})
            void requestTook(@Value Duration latency);

            @JarvisMetric(
                name = "jarvis_prefetch_queue_size",
                type = GAUGE,
                help = "Current prefetch queue depth")
            void queueSizeSource(@Value DoubleSupplier size);
          """);

  private static CompiledClassLoader classes;

  private PrometheusRegistry registry;
  private Object recorder;

  @BeforeAll
  static void compileRecorder() {
    Compilation compilation = compile(API_METRICS);
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClassLoader(compilation);
  }

  @BeforeEach
  void buildRecorder() throws ReflectiveOperationException {
    registry = new PrometheusRegistry();
    JarvisTelemetry telemetry =
        JarvisTelemetry.builder().registry(registry).maxSeriesPerMetric(3).build();
    recorder =
        classes
            .loadClass(recorderOf("ApiMetrics"))
            .getConstructor(JarvisTelemetry.class)
            .newInstance(telemetry);
  }

  @Test
  void everyEnumCombinationHasItsSeriesFromTheStart() throws ReflectiveOperationException {
    call("requestCompleted", constant("HttpMethod", "GET"), constant("Endpoint", "GENERATION"));
    call("requestCompleted", constant("HttpMethod", "GET"), constant("Endpoint", "GENERATION"));
    call("requestCompleted", constant("HttpMethod", "POST"), constant("Endpoint", "HEALTH"));

    assertThat(counterValues("jarvis_api_requests"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Labels.of("endpoint", "generation", "method", "GET"), 2.0,
                Labels.of("endpoint", "health", "method", "GET"), 0.0,
                Labels.of("endpoint", "generation", "method", "POST"), 0.0,
                Labels.of("endpoint", "health", "method", "POST"), 1.0));
  }

  @Test
  void intLabelRecordsTheCodeAsItsValue() throws ReflectiveOperationException {
    call("responded", 200);
    call("responded", 200);
    call("responded", 503);

    assertThat(counterValues("jarvis_api_responses"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Labels.of("status_code", "200"), 2.0,
                Labels.of("status_code", "503"), 1.0));
  }

  @Test
  void stringValuesPastTheCapLandInTheOverflowSeriesAndAreCounted()
      throws ReflectiveOperationException {
    for (String reason : List.of("timeout", "low_confidence", "model_unloaded", "a", "b", "a")) {
      call("fellBack", reason);
    }
    call("fellBack", "timeout");

    assertThat(counterValues("jarvis_classifier_fallback"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Labels.of("reason", "timeout"), 2.0,
                Labels.of("reason", "low_confidence"), 1.0,
                Labels.of("reason", "model_unloaded"), 1.0,
                Labels.of("reason", "_overflow"), 3.0));
    assertThat(counterValues("jarvis_telemetry_series_overflow"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Labels.of("metric", "jarvis_classifier_fallback_total"), 3.0,
                Labels.of("metric", "jarvis_api_responses_total"), 0.0));
  }

  @Test
  void nullEnumIsDroppedAndCountedWithoutThrowing() {
    assertThatCode(() -> call("requestCompleted", null, constant("Endpoint", "HEALTH")))
        .doesNotThrowAnyException();

    assertThat(counterValues("jarvis_api_requests").values()).containsOnly(0.0);
    assertThat(counterValues("jarvis_telemetry_recording_errors"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Labels.of("metric", "jarvis_api_requests_total"), 1.0));
  }

  @Test
  void inFlightGoesUpAndComesDownOnceWhenClosedTwice() throws ReflectiveOperationException {
    Object generation = constant("Endpoint", "GENERATION");
    InFlight first = (InFlight) call("requestStarted", generation);
    InFlight second = (InFlight) call("requestStarted", generation);
    Labels generationLabels = Labels.of("endpoint", "generation");

    assertThat(gaugeValues("jarvis_api_requests_inflight")).containsEntry(generationLabels, 2.0);
    first.close();
    first.close();
    assertThat(gaugeValues("jarvis_api_requests_inflight")).containsEntry(generationLabels, 1.0);
    second.close();
    assertThat(gaugeValues("jarvis_api_requests_inflight"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(generationLabels, 0.0, Labels.of("endpoint", "health"), 0.0));
  }

  @Test
  void negativeCounterIncrementIsDroppedAndCountedWithoutThrowing()
      throws ReflectiveOperationException {
    call("tokensGenerated", 120L);

    assertThatCode(() -> call("tokensGenerated", -5L)).doesNotThrowAnyException();

    assertThat(counterValues("jarvis_generation_tokens")).containsEntry(Labels.EMPTY, 120.0);
    assertThat(counterValues("jarvis_telemetry_recording_errors"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Labels.of("metric", "jarvis_generation_tokens_total"), 1.0));
  }

  /**
   * Prometheus accepts a NaN increment and the counter stays NaN from then on; like a negative one,
   * it must be dropped and counted instead.
   */
  @Test
  void nanCounterIncrementIsDroppedAndCountedWithoutThrowing() throws ReflectiveOperationException {
    call("costSaved", 1.5);

    assertThatCode(() -> call("costSaved", Double.NaN)).doesNotThrowAnyException();

    assertThat(counterValues("jarvis_prefetch_cost_saved_seconds"))
        .containsEntry(Labels.EMPTY, 1.5);
    assertThat(counterValues("jarvis_telemetry_recording_errors"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Labels.of("metric", "jarvis_prefetch_cost_saved_seconds_total"), 1.0));
  }

  @Test
  void durationIsObservedInSecondsIntoTheDeclaredBuckets() throws ReflectiveOperationException {
    call("requestTook", Duration.ofMillis(50));
    call("requestTook", Duration.ofMillis(250));
    call("requestTook", Duration.ofSeconds(3));

    HistogramDataPointSnapshot latency =
        (HistogramDataPointSnapshot) onlyDataPoint("jarvis_api_request_duration_seconds");
    assertThat(latency.getCount()).isEqualTo(3);
    assertThat(latency.getSum()).isCloseTo(3.3, within(1e-9));
    assertThat(latency.getClassicBuckets().stream().map(ClassicHistogramBucket::getUpperBound))
        .containsExactly(0.1, 1.0, Double.POSITIVE_INFINITY);
    assertThat(latency.getClassicBuckets().stream().map(ClassicHistogramBucket::getCount))
        .containsExactly(1L, 1L, 1L);
  }

  @Test
  void callbackGaugeReadsItsSourceAtEveryScrape() throws ReflectiveOperationException {
    double[] queued = {4};
    call("queueSizeSource", (DoubleSupplier) () -> queued[0]);

    assertThat(gaugeValues("jarvis_prefetch_queue_size")).containsEntry(Labels.EMPTY, 4.0);
    queued[0] = 7;
    assertThat(gaugeValues("jarvis_prefetch_queue_size")).containsEntry(Labels.EMPTY, 7.0);
  }

  /** Calls a method of the recorder through its interface, as application code would. */
  private Object call(String methodName, Object... arguments) throws ReflectiveOperationException {
    Class<?> subsystemInterface = classes.loadClass("demo.ApiMetrics");
    Method method =
        Arrays.stream(subsystemInterface.getMethods())
            .filter(candidate -> candidate.getName().equals(methodName))
            .findFirst()
            .orElseThrow();
    try {
      return method.invoke(recorder, arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the recorder threw into its caller", e.getCause());
    }
  }

  private static Object constant(String enumName, String constantName) {
    try {
      Class<?> enumType = classes.loadClass("demo.ApiMetrics$" + enumName);
      return Arrays.stream(enumType.getEnumConstants())
          .filter(constant -> ((Enum<?>) constant).name().equals(constantName))
          .findFirst()
          .orElseThrow();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private Map<Labels, Double> counterValues(String name) {
    return dataPoints(name).stream()
        .map(CounterDataPointSnapshot.class::cast)
        .collect(
            Collectors.toMap(DataPointSnapshot::getLabels, CounterDataPointSnapshot::getValue));
  }

  private Map<Labels, Double> gaugeValues(String name) {
    return dataPoints(name).stream()
        .map(GaugeDataPointSnapshot.class::cast)
        .collect(Collectors.toMap(DataPointSnapshot::getLabels, GaugeDataPointSnapshot::getValue));
  }

  private DataPointSnapshot onlyDataPoint(String name) {
    List<? extends DataPointSnapshot> points = dataPoints(name);
    assertThat(points).hasSize(1);
    return points.get(0);
  }

  /**
   * The data points of a metric in a fresh scrape. Prometheus keeps counter names without {@code
   * _total} in snapshots and adds it back on exposition.
   */
  private List<? extends DataPointSnapshot> dataPoints(String name) {
    return registry.scrape().stream()
        .filter(snapshot -> snapshot.getMetadata().getName().equals(name))
        .findFirst()
        .map(MetricSnapshot::getDataPoints)
        .orElseThrow(() -> new AssertionError("no metric " + name + " in the scrape"));
  }
}
