package dev.jarvis.telemetry.runtime.system;

/**
 * Turns the process's cumulative CPU time into the share of one core it used since the previous
 * read: 0.5 is half a core, 2.0 two full cores. Read once per scrape, it is the CPU ratio over the
 * scrape interval; the first read covers the time since the process started. The CPU time and the
 * uptime are read from clocks of different resolution, so a process that keeps every core busy can
 * measure a little over their number; the ratio is capped there.
 */
public final class CpuUsage {
  private final SystemStats stats;
  private final int cores;
  private double lastCpuSeconds;
  private double lastUptimeSeconds;
  private double lastRatio = Double.NaN;

  /** Capped at the processors available to this JVM. */
  public CpuUsage(SystemStats stats) {
    this(stats, Runtime.getRuntime().availableProcessors());
  }

  public CpuUsage(SystemStats stats, int cores) {
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be at least 1, was " + cores);
    }
    this.stats = stats;
    this.cores = cores;
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
    lastRatio = Math.min(cores, Math.max(0, (cpu - lastCpuSeconds) / elapsed));
    lastCpuSeconds = cpu;
    lastUptimeSeconds = uptime;
    return lastRatio;
  }
}
