package dev.jarvis.sample.system;

import dev.jarvis.telemetry.runtime.health.ComponentHealth;
import dev.jarvis.telemetry.runtime.health.HealthCheck;
import dev.jarvis.telemetry.runtime.system.ProcessMemoryType;
import dev.jarvis.telemetry.runtime.system.SystemStats;

/**
 * Checks the process's resident memory against the roadmap's budget for an 8 GB machine: degraded
 * above the 6 GB objective, unhealthy above the 7 GB alert threshold.
 */
public final class MemoryHealthCheck implements HealthCheck {
  private static final double OBJECTIVE_BYTES = 6e9;
  private static final double CRITICAL_BYTES = 7e9;

  private final SystemStats stats;

  public MemoryHealthCheck(SystemStats stats) {
    this.stats = stats;
  }

  @Override
  public ComponentHealth check() {
    double rss = stats.processMemoryBytes(ProcessMemoryType.RSS);
    if (Double.isNaN(rss)) {
      return ComponentHealth.degraded("resident memory cannot be read on this system");
    }
    String detail = String.format("resident memory %.0f MB", rss / 1e6);
    if (rss > CRITICAL_BYTES) {
      return ComponentHealth.unhealthy(detail + ", above the 7 GB limit");
    }
    if (rss > OBJECTIVE_BYTES) {
      return ComponentHealth.degraded(detail + ", above the 6 GB objective");
    }
    return ComponentHealth.healthy(detail);
  }
}
