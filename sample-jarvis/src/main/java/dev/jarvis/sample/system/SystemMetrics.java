package dev.jarvis.sample.system;

import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.system.ProcessMemoryType;
import java.util.function.DoubleSupplier;

/**
 * Memory, CPU, file descriptors and uptime of the process and the machine, read at each scrape,
 * from the roadmap's section 3.1 "System/Health Metrics".
 */
public interface SystemMetrics {

  @JarvisMetric(name = "jarvis_process_memory_bytes", type = GAUGE, help = "Process memory usage")
  void processMemory(ProcessMemoryType type, @Value DoubleSupplier bytes);

  @JarvisMetric(
      name = "jarvis_system_memory_available_bytes",
      type = GAUGE,
      help = "System available memory")
  void availableMemory(@Value DoubleSupplier bytes);

  /**
   * Cores the process kept busy since the previous scrape: 1.0 is one full core, so the value runs
   * up to the number of cores rather than to 1.
   */
  @JarvisMetric(
      name = "jarvis_process_cpu_ratio",
      type = GAUGE,
      help = "Process CPU utilization in cores (0-N)")
  void cpuUsage(@Value DoubleSupplier ratio);

  @JarvisMetric(name = "jarvis_process_open_fds", type = GAUGE, help = "Open file descriptors")
  void openFileDescriptors(@Value DoubleSupplier count);

  @JarvisMetric(name = "jarvis_process_uptime_seconds", type = GAUGE, help = "Process uptime")
  void uptime(@Value DoubleSupplier seconds);
}
