package dev.jarvis.telemetry.runtime.metal;

/**
 * The native calls the Metal gauge needs, kept behind an interface so that the gauge's logic can be
 * tested where no Metal device exists.
 */
public interface MetalBinding {

  /**
   * Whether the system has a default Metal device. False on systems without Metal; the gauge is
   * then absent.
   */
  boolean hasDevice();

  /** {@code MTLDevice.currentAllocatedSize}: bytes the process has allocated on the device. */
  long currentAllocatedSize();

  /**
   * {@code MTLDevice.recommendedMaxWorkingSetSize}: how many bytes the process can use on the
   * device without hurting performance.
   */
  long recommendedMaxWorkingSetSize();
}
