package dev.jarvis.sample.system;

import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.system.ProcessMemoryType;
import java.util.function.DoubleSupplier;

/**
 * Memory, CPU, file descriptors and uptime of the process and the machine, read at each scrape,
 * from the roadmap's section 3.1 "System/Health Metrics".
 *
 * <p>Section 6.1's Memory Usage objective (under 6 GB over 5 minutes, alert at 7 GB) is a threshold
 * on a gauge, not a share of good events, so it is two alerts rather than an SLO: section 7's
 * MemoryCritical at 7 GB, and MemoryAboveTarget for a 5-minute average above 6 GB.
 */
@Alert(
    name = "MemoryCritical",
    expr = "jarvis_process_memory_bytes{type=\"rss\"} > 7e9",
    forDuration = "30s",
    severity = Severity.CRITICAL,
    summary = "Process memory critically high",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/MemoryCritical")
@Alert(
    name = "MemoryAboveTarget",
    expr = "avg_over_time(jarvis_process_memory_bytes{type=\"rss\"}[5m]) > 6e9",
    severity = Severity.WARNING,
    summary = "Process memory above the 6 GB target over 5 minutes",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/MemoryAboveTarget")
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
