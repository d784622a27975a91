package dev.jarvis.sample.model;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Loading, memory and KV cache of the language models, from the roadmap's section 3.1 "Model/MLX
 * Metrics", plus the load failures its section 7 alerts on.
 */
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
