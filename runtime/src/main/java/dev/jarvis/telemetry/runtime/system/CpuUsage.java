package dev.jarvis.telemetry.runtime.system;

/**
 * Turns the process's cumulative CPU time into the share of one core it used since the previous
 * read: 0.5 is half a core, 2.0 two full cores. Read once per scrape, it is the CPU ratio over the
 * scrape interval; the first read covers the time since the process started.
 */
public final class CpuUsage {
  private final SystemStats stats;
  private double lastCpuSeconds;
  private double lastUptimeSeconds;
  private double lastRatio = Double.NaN;

  public CpuUsage(SystemStats stats) {
    this.stats = stats;
  }

  /** The CPU ratio since the previous call, or NaN when the platform has no CPU time. */
  public synchronized double ratioSinceLastRead() {
    double cpu = stats.processCpuSeconds();
    double uptime = stats.uptimeSeconds();
    if (Double.isNaN(cpu) || Double.isNaN(uptime)) {
      return Double.NaN;
    }
    double elapsed = uptime - lastUptimeSeconds;
    if (elapsed <= 0) {
      // Two reads within the uptime clock's resolution: repeat the last figure.
      return lastRatio;
    }
    lastRatio = Math.max(0, (cpu - lastCpuSeconds) / elapsed);
    lastCpuSeconds = cpu;
    lastUptimeSeconds = uptime;
    return lastRatio;
  }
}
