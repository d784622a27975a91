package dev.jarvis.sample.system;

/**
 * The process's memory by the measures the roadmap names, read from {@code /proc/self/status}: the
 * same figures {@code ps} and {@code top} show.
 */
public final class ProcessMemory {
  private final ProcFiles proc;

  public ProcessMemory(ProcFiles proc) {
    this.proc = proc;
  }

  /** The memory of this type in bytes, NaN where the system does not publish it. */
  public double bytes(ProcessMemoryType type) {
    return switch (type) {
      case RSS -> proc.processStatusBytes("VmRSS");
      case VMS -> proc.processStatusBytes("VmSize");
      case SHARED -> proc.processStatusBytes("RssFile") + proc.processStatusBytes("RssShmem");
      case TEXT -> proc.processStatusBytes("VmExe");
      case DATA -> proc.processStatusBytes("VmData");
    };
  }
}
