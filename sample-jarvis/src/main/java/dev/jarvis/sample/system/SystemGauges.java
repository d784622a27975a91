package dev.jarvis.sample.system;

import dev.jarvis.telemetry.runtime.system.CpuUsage;
import dev.jarvis.telemetry.runtime.system.ProcessMemoryType;
import dev.jarvis.telemetry.runtime.system.SystemStats;

/**
 * Connects the process and system gauges to the runtime's platform readings, which are taken at
 * each scrape. A figure the platform cannot give reads NaN, which leaves its series out.
 */
public final class SystemGauges {

  private SystemGauges() {}

  /** Registers a callback for every gauge of {@code metrics}. */
  public static void register(SystemMetrics metrics, SystemStats stats, CpuUsage cpu) {
    for (ProcessMemoryType type : ProcessMemoryType.values()) {
      metrics.processMemory(type, () -> stats.processMemoryBytes(type));
    }
    metrics.availableMemory(stats::systemMemoryAvailableBytes);
    // The ratio covers the time since the previous read, so the scrape must be its only reader.
    metrics.cpuUsage(cpu::ratioSinceLastRead);
    metrics.openFileDescriptors(stats::openFileDescriptors);
    metrics.uptime(stats::uptimeSeconds);
  }
}
