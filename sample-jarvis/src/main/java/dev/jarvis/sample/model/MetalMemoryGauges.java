package dev.jarvis.sample.model;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the sources of {@code jarvis_model_metal_memory_bytes} on Apple Silicon, and nothing
 * elsewhere, so that the gauge is absent on machines without a Metal device instead of reading 0.
 *
 * <p>The JDK cannot ask Metal. On Apple Silicon, where GPU memory is the unified memory, the
 * simulated model's resident memory stands for the allocation, and the working set Metal recommends
 * is approximated as two thirds of physical memory, what it reports on 8 GB machines.
 */
public final class MetalMemoryGauges {
  private static final Logger logger = LoggerFactory.getLogger(MetalMemoryGauges.class);

  private static final double RECOMMENDED_SHARE_OF_PHYSICAL_MEMORY = 2.0 / 3.0;

  private MetalMemoryGauges() {}

  /** Registers the gauge's sources if this machine has a Metal device. */
  public static void registerIfAvailable(ModelMetrics metrics, ModelRuntime runtime) {
    if (Device.ofThisMachine() != Device.GPU) {
      logger.info(
          "No Metal device on {} {}: jarvis_model_metal_memory_bytes stays absent",
          System.getProperty("os.name"),
          System.getProperty("os.arch"));
      return;
    }
    double physicalBytes =
        ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getTotalMemorySize();
    metrics.metalMemory(MetalMemoryType.ALLOCATED, runtime::residentBytes);
    metrics.metalMemory(
        MetalMemoryType.RECOMMENDED_WORKING_SET,
        () -> physicalBytes * RECOMMENDED_SHARE_OF_PHYSICAL_MEMORY);
  }
}
