package dev.jarvis.telemetry.benchmarks.footprint;

import dev.jarvis.sample.api.ApiMetricsRecorder;
import dev.jarvis.sample.classifier.ClassifierMetricsRecorder;
import dev.jarvis.sample.db.DatabaseMetricsRecorder;
import dev.jarvis.sample.generation.GenerationMetricsRecorder;
import dev.jarvis.sample.health.HealthMetricsRecorder;
import dev.jarvis.sample.model.ModelMetricsRecorder;
import dev.jarvis.sample.prefetch.PrefetchMetricsRecorder;
import dev.jarvis.sample.scheduler.SchedulerMetricsRecorder;
import dev.jarvis.sample.system.SystemMetricsRecorder;
import dev.jarvis.sample.websocket.WebSocketMetricsRecorder;
import dev.jarvis.telemetry.runtime.InFlight;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the heap the runtime retains for the sample's whole metric catalog: every recorder of
 * the roadmap's section 3, with its series filled up to a target count by recording through every
 * method with varying label values. JOL walks the object graph from the registry and the recorders,
 * so the figure is what the telemetry holds, not what the JVM happens to have allocated.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar
 * dev.jarvis.telemetry.benchmarks.footprint.CatalogFootprint [series]}.
 */
public final class CatalogFootprint {
  private static final int DEFAULT_TARGET_SERIES = 2_000;

  private CatalogFootprint() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_TARGET_SERIES;
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    long empty = GraphLayout.parseInstance(registry, telemetry).totalSize();

    List<Object> recorders =
        List.of(
            new ApiMetricsRecorder(telemetry),
            new ModelMetricsRecorder(telemetry),
            new GenerationMetricsRecorder(telemetry),
            new PrefetchMetricsRecorder(telemetry),
            new SchedulerMetricsRecorder(telemetry),
            new WebSocketMetricsRecorder(telemetry),
            new ClassifierMetricsRecorder(telemetry),
            new DatabaseMetricsRecorder(telemetry),
            new HealthMetricsRecorder(telemetry),
            new SystemMetricsRecorder(telemetry));
    int families = registry.scrape().size();
    int initial = seriesCount(registry);

    for (int round = 0; seriesCount(registry) < target && round < 10_000; round++) {
      for (Object recorder : recorders) {
        recordThroughEveryMethod(recorder, round);
      }
    }
    int series = seriesCount(registry);
    List<Object> roots = new ArrayList<>(recorders);
    roots.add(registry);
    roots.add(telemetry);
    long retained = GraphLayout.parseInstance(roots.toArray()).totalSize();

    System.out.printf(
        Locale.ROOT,
        "metric families: %d%nseries after construction: %d%nseries measured: %d%n"
            + "retained heap: %.2f MiB (empty registry and telemetry: %.2f MiB)%n"
            + "per series: %.0f bytes%n",
        families,
        initial,
        series,
        retained / 1048576.0,
        empty / 1048576.0,
        (double) (retained - empty) / series);
  }

  private static int seriesCount(PrometheusRegistry registry) {
    int count = 0;
    for (MetricSnapshot snapshot : registry.scrape()) {
      count += snapshot.getDataPoints().size();
    }
    return count;
  }

  // Calls each recording method of the recorder's interfaces with label values that vary with
  // the round, so that String and int labels open new series the way real traffic does.
  private static void recordThroughEveryMethod(Object recorder, int round)
      throws IllegalAccessException {
    for (Class<?> subsystem : recorder.getClass().getInterfaces()) {
      for (Method method : subsystem.getMethods()) {
        Object[] arguments = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          arguments[i] = argument(parameters[i].getType(), round);
        }
        try {
          Object result = method.invoke(recorder, arguments);
          if (result instanceof InFlight inFlight) {
            inFlight.close();
          }
        } catch (InvocationTargetException e) {
          throw new IllegalStateException("recording is not supposed to throw", e.getCause());
        }
      }
    }
  }

  private static Object argument(Class<?> type, int round) {
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[round % constants.length];
    }
    if (type == boolean.class) {
      return round % 2 == 0;
    }
    if (type == int.class) {
      return 200 + round % 60;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 0.5;
    }
    if (type == String.class) {
      return "model-" + round;
    }
    if (type == Duration.class) {
      return Duration.ofMillis(5 + round % 100);
    }
    if (type == DoubleSupplier.class) {
      return (DoubleSupplier) () -> 1.0;
    }
    throw new IllegalArgumentException("no sample value for " + type);
  }
}
