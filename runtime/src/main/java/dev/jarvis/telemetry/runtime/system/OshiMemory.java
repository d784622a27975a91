package dev.jarvis.telemetry.runtime.system;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;

/**
 * Reads process and system memory through OSHI, which asks the operating system directly (on macOS,
 * through the Mach and libproc APIs). OSHI is an optional dependency: this class is only loaded
 * when {@link #isAvailable()} says it is on the class path. OSHI has no figure for shared, text or
 * data memory on every platform, so those are absent here.
 */
final class OshiMemory implements MemorySource {
  private final SystemInfo system = new SystemInfo();

  static boolean isAvailable() {
    try {
      Class.forName("oshi.SystemInfo", false, OshiMemory.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public double processMemoryBytes(ProcessMemoryType type) {
    OSProcess process = system.getOperatingSystem().getCurrentProcess();
    if (process == null) {
      return Double.NaN;
    }
    return switch (type) {
      case RSS -> process.getResidentSetSize();
      case VMS -> process.getVirtualSize();
      case SHARED, TEXT, DATA -> Double.NaN;
    };
  }

  @Override
  public double systemMemoryAvailableBytes() {
    return system.getHardware().getMemory().getAvailable();
  }
}
