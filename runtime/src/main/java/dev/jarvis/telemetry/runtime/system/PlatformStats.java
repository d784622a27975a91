package dev.jarvis.telemetry.runtime.system;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.RuntimeMXBean;

/**
 * The figures of one platform: memory from its {@link MemorySource}, and CPU time, open file
 * descriptors (on Unix) and uptime from the JDK's management beans, which have them everywhere.
 */
final class PlatformStats implements SystemStats {
  private final MemorySource memory;
  private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
  private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();

  PlatformStats(MemorySource memory) {
    this.memory = memory;
  }

  @Override
  public double processMemoryBytes(ProcessMemoryType type) {
    return memory.processMemoryBytes(type);
  }

  @Override
  public double systemMemoryAvailableBytes() {
    return memory.systemMemoryAvailableBytes();
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
