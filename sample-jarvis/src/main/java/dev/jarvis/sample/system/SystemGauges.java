package dev.jarvis.sample.system;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;

/**
 * Connects the process and system gauges to their sources, which are read at each scrape: the JDK's
 * management beans where they have the figure, {@code /proc} where they do not.
 */
public final class SystemGauges {

  private SystemGauges() {}

  /** Registers a callback for every gauge of {@code metrics}. */
  public static void register(SystemMetrics metrics, ProcessMemory memory, ProcFiles proc) {
    for (ProcessMemoryType type : ProcessMemoryType.values()) {
      metrics.processMemory(type, () -> memory.bytes(type));
    }
    metrics.availableMemory(() -> proc.memInfoBytes("MemAvailable"));

    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    metrics.cpuUsage(() -> notNegative(os.getProcessCpuLoad()));
    metrics.openFileDescriptors(
        () ->
            os instanceof UnixOperatingSystemMXBean
                ? ((UnixOperatingSystemMXBean) os).getOpenFileDescriptorCount()
                : Double.NaN);

    RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    metrics.uptime(() -> runtime.getUptime() / 1000.0);
  }

  // The bean answers a negative number when it cannot measure.
  private static double notNegative(double value) {
    return value < 0 ? Double.NaN : value;
  }
}
