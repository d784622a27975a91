package dev.jarvis.telemetry.runtime.system;

import java.util.Locale;

/**
 * Reads the process and system figures of the roadmap's System/Health metrics from the platform.
 * Every method returns {@link Double#NaN} for a figure the platform cannot provide, so that the
 * gauge reading it leaves its series out instead of exporting a made-up zero.
 *
 * <pre>{@code
 * SystemStats stats = SystemStats.forThisPlatform();
 * system.processMemory(ProcessMemoryType.RSS, () -> stats.processMemoryBytes(RSS));
 * }</pre>
 */
public interface SystemStats {

  /** Process memory of one kind, in bytes. */
  double processMemoryBytes(ProcessMemoryType type);

  /** Memory the system can give to new work without swapping, in bytes. */
  double systemMemoryAvailableBytes();

  /** CPU time the process has used since it started, in seconds, summed over all cores. */
  double processCpuSeconds();

  /** File descriptors the process holds open. */
  double openFileDescriptors();

  /** Seconds since the process started. */
  double uptimeSeconds();

  /**
   * The best source for this platform: {@code /proc} on Linux; OSHI on macOS and elsewhere when it
   * is on the class path; otherwise what the JDK alone can tell.
   */
  static SystemStats forThisPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("linux")) {
      return new PlatformStats(new ProcMemory());
    }
    return new PlatformStats(OshiMemory.isAvailable() ? new OshiMemory() : MemorySource.NONE);
  }
}
