package dev.jarvis.sample.model;

import dev.jarvis.telemetry.runtime.metal.MetalMemory;

/**
 * Registers the sources of {@code jarvis_model_metal_memory_bytes} where a Metal device can be
 * read, and nothing elsewhere, so that the gauge is absent on machines without Metal instead of
 * reading 0. {@link MetalMemory} has already logged why when it is absent.
 *
 * <p>The figures are Metal's own for this process. The sample's model is simulated and allocates
 * nothing on the GPU, so on a Mac the allocation stays near zero whatever the model reports.
 */
public final class MetalMemoryGauges {

  private MetalMemoryGauges() {}

  /** Registers both series of the gauge if {@code metal} has a device to read. */
  public static void registerIfAvailable(ModelMetrics metrics, MetalMemory metal) {
    if (!metal.isAvailable()) {
      return;
    }
    metrics.metalMemory(MetalMemoryType.ALLOCATED, metal::allocatedBytes);
    metrics.metalMemory(MetalMemoryType.RECOMMENDED_WORKING_SET, metal::recommendedWorkingSetBytes);
  }
}
