package dev.jarvis.telemetry.runtime.system;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.RuntimeMXBean;

/**
 * The figures the JDK's management beans give on every platform: CPU time, open file descriptors
 * (on Unix) and uptime. Memory by type is beyond them, so it is absent here.
 */
final class JdkStats implements SystemStats {
  private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
  private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();

  @Override
  public double processMemoryBytes(ProcessMemoryType type) {
    return Double.NaN;
  }

  @Override
  public double systemMemoryAvailableBytes() {
    return Double.NaN;
  }

  @Override
  public double processCpuSeconds() {
    if (os instanceof com.sun.management.OperatingSystemMXBean extended) {
      long nanos = extended.getProcessCpuTime();
      return nanos < 0 ? Double.NaN : nanos / 1e9;
    }
    return Double.NaN;
  }

  @Override
  public double openFileDescriptors() {
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      long count = unix.getOpenFileDescriptorCount();
      return count < 0 ? Double.NaN : count;
    }
    return Double.NaN;
  }

  @Override
  public double uptimeSeconds() {
    return runtime.getUptime() / 1e3;
  }
}
