package dev.jarvis.telemetry.runtime.metal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Apple Metal GPU memory of the process, read at scrape time. Where there is no Metal device,
 * or the native binding is missing, every figure is NaN so that the gauge is absent; the reason is
 * logged once, at INFO, when this object is made.
 *
 * <pre>{@code
 * MetalMemory metal = MetalMemory.forThisPlatform();
 * model.metalMemory(MetalMemoryType.ALLOCATED, metal::allocatedBytes);
 * }</pre>
 */
public final class MetalMemory {
  private static final Logger logger = LoggerFactory.getLogger(MetalMemory.class);

  private final MetalBinding binding;
  private final AtomicBoolean failureLogged = new AtomicBoolean();

  /** Reads through the given binding, or is absent when it is null. */
  public MetalMemory(MetalBinding binding) {
    this.binding = binding;
  }

  /** Binds to Metal through JNA on macOS; elsewhere, or without JNA, the gauge is absent. */
  public static MetalMemory forThisPlatform() {
    String os = System.getProperty("os.name", "");
    if (!os.toLowerCase(Locale.ROOT).contains("mac")) {
      logger.info("Metal GPU memory gauge is absent: Metal exists only on macOS, this is {}", os);
      return new MetalMemory(null);
    }
    try {
      Class.forName("com.sun.jna.Native", false, MetalMemory.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      logger.info("Metal GPU memory gauge is absent: add net.java.dev.jna:jna to read it");
      return new MetalMemory(null);
    }
    try {
      MetalBinding binding = new JnaMetalBinding();
      if (!binding.hasDevice()) {
        logger.info("Metal GPU memory gauge is absent: this Mac reports no Metal device");
        return new MetalMemory(null);
      }
      return new MetalMemory(binding);
    } catch (RuntimeException | LinkageError e) {
      logger.info("Metal GPU memory gauge is absent: binding to Metal failed ({})", e.toString());
      return new MetalMemory(null);
    }
  }

  /** Whether there is a device to read. */
  public boolean isAvailable() {
    return binding != null && binding.hasDevice();
  }

  /** Bytes the process has allocated on the Metal device, or NaN. */
  public double allocatedBytes() {
    return read(() -> binding.currentAllocatedSize());
  }

  /** The device's recommended working set size for the process, in bytes, or NaN. */
  public double recommendedWorkingSetBytes() {
    return read(() -> binding.recommendedMaxWorkingSetSize());
  }

  private double read(LongSupplier figure) {
    if (!isAvailable()) {
      return Double.NaN;
    }
    try {
      long bytes = figure.getAsLong();
      return bytes < 0 ? Double.NaN : bytes;
    } catch (RuntimeException | LinkageError e) {
      if (failureLogged.compareAndSet(false, true)) {
        logger.warn("Reading Metal GPU memory failed; the gauge is left out", e);
      }
      return Double.NaN;
    }
  }
}
