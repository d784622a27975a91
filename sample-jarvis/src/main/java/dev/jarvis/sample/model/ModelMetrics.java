package dev.jarvis.sample.model;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Loading, memory and KV cache of the language models, from the roadmap's section 3.1 "Model/MLX
 * Metrics", plus the load failures its section 7 alerts on and the count of loads the Model Load
 * Success Rate SLO of section 6.1 is measured on.
 */
@Alert(
    name = "ModelLoadFailure",
    expr = "increase(jarvis_model_load_failed_total[5m]) > 3",
    forDuration = "1m",
    severity = Severity.CRITICAL,
    summary = "Model load failures detected",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/ModelLoadFailure")
@Alert(
    name = "ModelUnloaded",
    expr = "jarvis_model_loaded == 0",
    severity = Severity.INFO,
    summary = "Model has been unloaded",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/ModelUnloaded")
public interface ModelMetrics {

  @JarvisMetric(
      name = "jarvis_model_loaded",
      type = GAUGE,
      help = "Model load status (1=loaded, 0=unloaded)")
  void loadStatus(String modelId, Device device, @Value double loaded);

  @JarvisMetric(name = "jarvis_model_memory_bytes", type = GAUGE, help = "Model memory usage")
  void memoryUsed(String modelId, MemoryType memoryType, @Value double bytes);

  @JarvisMetric(
      name = "jarvis_model_load_duration_seconds",
      type = HISTOGRAM,
      help = "Model load time")
  void loadTook(String modelId, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_model_load_failed_total",
      type = COUNTER,
      help = "Model loads that failed")
  void loadFailed(String modelId);

  /**
   * Every load, by outcome: the success rate needs the loads that worked beside those that failed,
   * and section 3 only counts the failures.
   */
  @JarvisMetric(name = "jarvis_model_loads_total", type = COUNTER, help = "Model loads by outcome")
  @Slo(name = "model_load_success", objective = 0.995, window = "7d", errors = "outcome=\"error\"")
  void loadFinished(String modelId, Outcome outcome);

  @JarvisMetric(
      name = "jarvis_model_kv_cache_utilization_ratio",
      type = GAUGE,
      help = "KV cache utilization (0-1)")
  void kvCacheUtilization(String modelId, @Value double ratio);

  @JarvisMetric(
      name = "jarvis_model_metal_memory_bytes",
      type = GAUGE,
      help = "Apple Metal GPU memory usage")
  void metalMemory(MetalMemoryType type, @Value DoubleSupplier bytes);
}
