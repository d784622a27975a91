package dev.jarvis.sample.prefetch;

import com.sun.management.OperatingSystemMXBean;
import dev.jarvis.sample.system.ProcFiles;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether the machine can spare resources for speculative work: not when memory is nearly
 * all used, the CPUs are busy, or the battery is low and discharging.
 */
final class ResourceGuard {
  private static final double MIN_AVAILABLE_MEMORY_SHARE = 0.10;
  private static final double MAX_CPU_LOAD = 0.90;

  private final ProcFiles proc;
  private final OperatingSystemMXBean os;
  private final SimulatedBattery battery;

  ResourceGuard(ProcFiles proc, OperatingSystemMXBean os, SimulatedBattery battery) {
    this.proc = proc;
    this.os = os;
    this.battery = battery;
  }

  /** The resource that is short now, if any. */
  Optional<ConstrainedResource> shortage(Instant now) {
    double availableShare = proc.memInfoBytes("MemAvailable") / proc.memInfoBytes("MemTotal");
    if (availableShare < MIN_AVAILABLE_MEMORY_SHARE) {
      return Optional.of(ConstrainedResource.MEMORY);
    }
    if (os.getCpuLoad() > MAX_CPU_LOAD) {
      return Optional.of(ConstrainedResource.CPU);
    }
    if (battery.isLow(now)) {
      return Optional.of(ConstrainedResource.BATTERY);
    }
    return Optional.empty();
  }
}
