package dev.jarvis.sample.prefetch;

import com.sun.management.OperatingSystemMXBean;
import dev.jarvis.telemetry.runtime.system.SystemStats;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether the machine can spare resources for speculative work: not when memory is nearly
 * all used, the CPUs are busy, or the battery is low and discharging.
 */
final class ResourceGuard {
  private static final double MIN_AVAILABLE_MEMORY_SHARE = 0.10;
  private static final double MAX_CPU_LOAD = 0.90;

  private final SystemStats stats;
  private final OperatingSystemMXBean os;
  private final SimulatedBattery battery;

  ResourceGuard(SystemStats stats, OperatingSystemMXBean os, SimulatedBattery battery) {
    this.stats = stats;
    this.os = os;
    this.battery = battery;
  }

  /** The resource that is short now, if any. */
  Optional<Shortage> shortage(Instant now) {
    // NaN where the platform cannot tell, which never counts as short. Under a container's memory
    // limit the total is the limit but the available memory the host's, so only a host running
    // low counts.
    double availableShare = stats.systemMemoryAvailableBytes() / os.getTotalMemorySize();
    if (availableShare < MIN_AVAILABLE_MEMORY_SHARE) {
      return Optional.of(
          new Shortage(ConstrainedResource.MEMORY, MIN_AVAILABLE_MEMORY_SHARE, availableShare));
    }
    // SystemStats has the process's CPU time only; the bean tells whether the machine is busy.
    double cpuLoad = os.getCpuLoad();
    if (cpuLoad > MAX_CPU_LOAD) {
      return Optional.of(new Shortage(ConstrainedResource.CPU, MAX_CPU_LOAD, cpuLoad));
    }
    if (battery.isLow(now)) {
      return Optional.of(
          new Shortage(
              ConstrainedResource.BATTERY, SimulatedBattery.LOW_LEVEL, battery.level(now)));
    }
    return Optional.empty();
  }
}
